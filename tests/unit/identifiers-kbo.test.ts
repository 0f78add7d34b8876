import { describe, expect, it } from 'vitest'

import {
  formatKbo,
  formatVestigingseenheid,
  normaliseKbo,
  validateKbo,
  validateVestigingseenheid,
} from '@/domain/identifiers/kbo'

import voorbeelden from '../fixtures/be-identifiers-examples.json' with { type: 'json' }

const kbo = voorbeelden.kbo_enterprise_number
const vestiging = voorbeelden.establishment_unit_number

describe('KBO enterprise number', () => {
  it.each(kbo.valid)(
    'the valid enterprise number $n is accepted and shown as $display',
    ({ n, display }) => {
      expect(validateKbo(n)).toEqual({ ok: true, value: n })
      expect(formatKbo(n)).toBe(display)
    },
  )

  it.each(kbo.valid)(
    'the enterprise number $display is accepted as it is written on paper',
    ({ n, display }) => {
      expect(validateKbo(display)).toEqual({ ok: true, value: n })
    },
  )

  // The fixture lists 0000000097 under "invalid" but marks it ok: true; it does satisfy the rule.
  it.each(kbo.invalid)('the enterprise number $n is judged ok=$ok ($why)', ({ n, ok }) => {
    expect(validateKbo(n).ok).toBe(ok)
  })

  it('a KBO number with a wrong check digit is refused with a Dutch reason', () => {
    const result = validateKbo('0884303370')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/controlegetal/)
  })

  it('an enterprise number starting with 2 is refused and recognised as an establishment unit number', () => {
    const result = validateKbo('2111111111')
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/begint met 0 of 1.*vestigingsnummer/),
    })
  })

  it('an old 9-digit enterprise number gets its leading 0', () => {
    expect(normaliseKbo('566988259')).toBe('0566988259')
    expect(validateKbo('566.988.259')).toEqual({ ok: true, value: '0566988259' })
  })

  it('a VAT number with BE prefix, spaces and dots is read as the enterprise number', () => {
    expect(normaliseKbo('BE 0884.303.369')).toBe('0884303369')
    expect(normaliseKbo('be0884303369')).toBe('0884303369')
    expect(validateKbo('BE0884 303 369')).toEqual({ ok: true, value: '0884303369' })
  })

  it('text that is not a number of the right length is refused', () => {
    expect(normaliseKbo('12345678')).toBeNull()
    expect(normaliseKbo('08843033690')).toBeNull()
    expect(normaliseKbo('0884a03369')).toBeNull()
    expect(validateKbo('abc')).toEqual({ ok: false, reason: expect.stringMatching(/10 cijfers/) })
    expect(validateKbo('  ')).toEqual({ ok: false, reason: expect.any(String) })
  })

  it('formatting leaves something that is not an enterprise number unchanged', () => {
    expect(formatKbo('onbekend')).toBe('onbekend')
  })
})

describe('establishment unit number (vestigingseenheid)', () => {
  it.each(vestiging.valid)(
    'the valid establishment unit number $n is accepted and shown as $display',
    ({ n, display }) => {
      expect(validateVestigingseenheid(n)).toEqual({ ok: true, value: n })
      expect(validateVestigingseenheid(display)).toEqual({ ok: true, value: n })
      expect(formatVestigingseenheid(n)).toBe(display)
    },
  )

  it.each(vestiging.invalid)('the establishment unit number $n is refused', ({ n }) => {
    const result = validateVestigingseenheid(n)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0)
  })

  it('an enterprise number typed as establishment unit number is refused with a hint', () => {
    expect(validateVestigingseenheid('0884303369')).toEqual({
      ok: false,
      reason: expect.stringMatching(/ondernemingsnummer/),
    })
  })

  it('an establishment unit number with a wrong check digit is refused', () => {
    expect(validateVestigingseenheid('2297964445')).toEqual({
      ok: false,
      reason: expect.stringMatching(/controlegetal/),
    })
  })
})
