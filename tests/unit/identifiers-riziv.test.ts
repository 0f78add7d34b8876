import { describe, expect, it } from 'vitest'

import { formatRiziv, parseRiziv } from '@/domain/identifiers/riziv'

import voorbeelden from '../fixtures/be-identifiers-examples.json' with { type: 'json' }

const riziv = voorbeelden.riziv_inami

describe('RIZIV number', () => {
  it.each(riziv.valid)(
    'the RIZIV number $n is accepted, shown as $display, check digit fits modulus $moduli',
    ({ n, display, moduli }) => {
      const result = parseRiziv(n)
      expect(result).toMatchObject({
        ok: true,
        value: n,
        formatted: display,
        checkDigitValid: true,
      })
      if (result.ok) {
        expect(result.modulus).toBe(moduli[0])
        expect(result.warning).toBeUndefined()
      }
    },
  )

  it.each(riziv.valid)(
    'the RIZIV number $display is also accepted with dashes',
    ({ n, display }) => {
      expect(parseRiziv(display)).toMatchObject({ ok: true, value: n })
    },
  )

  it.each(riziv.invalid.filter((v) => v.n.length === 11))(
    'the 11-digit RIZIV number $n with a wrong check digit is kept, with a warning for the editor',
    ({ n }) => {
      const result = parseRiziv(n)
      expect(result).toMatchObject({ ok: true, value: n, checkDigitValid: false, modulus: null })
      if (result.ok) expect(result.warning).toMatch(/controlegetal/)
    },
  )

  it.each(riziv.invalid.filter((v) => v.n.length !== 11))(
    'the RIZIV number $n of the wrong length is refused',
    ({ n }) => {
      expect(parseRiziv(n)).toEqual({ ok: false, reason: expect.stringMatching(/11 cijfers/) })
    },
  )

  it('a RIZIV number with letters is refused', () => {
    expect(parseRiziv('1-12345-AB-004')).toEqual({
      ok: false,
      reason: expect.stringMatching(/cijfers/),
    })
    expect(parseRiziv('')).toEqual({ ok: false, reason: expect.any(String) })
  })

  it('a number that only fits modulus 83 is accepted without warning', () => {
    // 112345 mod 83 = 46, 83 - 46 = 37
    expect(parseRiziv('11234537000')).toMatchObject({
      ok: true,
      checkDigitValid: true,
      modulus: 83,
    })
  })

  it('a GP number tells the qualification code, the profession group and the lifelong identity', () => {
    expect(parseRiziv('1-12345-78-004')).toMatchObject({
      kwalificatiecode: '004',
      beroepsgroep: 'arts',
      identiteit: '11234578',
    })
  })

  it('the first digit names the profession group', () => {
    expect(parseRiziv('31234592001')).toMatchObject({ beroepsgroep: 'tandarts' })
    expect(parseRiziv('41234581401')).toMatchObject({
      beroepsgroep: 'verpleegkundige of vroedvrouw',
    })
    expect(parseRiziv('51234509527')).toMatchObject({
      beroepsgroep: 'kinesitherapeut of logopedist',
    })
    expect(parseRiziv('71234500000')).toMatchObject({ ok: true, beroepsgroep: null })
  })

  it('formatting writes P-NNNNN-CC-QQQ', () => {
    expect(formatRiziv('11234578004')).toBe('1-12345-78-004')
    expect(formatRiziv('kapot')).toBe('kapot')
  })
})
