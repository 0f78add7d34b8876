import { describe, expect, it } from 'vitest'

import { formatPhoneNational, normalisePhone } from '@/domain/phone'

import voorbeelden from '../fixtures/be-identifiers-examples.json' with { type: 'json' }

const belgisch = voorbeelden.phone.samples.filter((s) => !s.input.startsWith('+'))

describe('phone numbers', () => {
  it.each(belgisch.filter((s) => s.valid_BE))(
    'the Belgian number $input is stored as $e164',
    ({ input, e164 }) => {
      const result = normalisePhone(input)
      expect(result).toEqual({ ok: true, e164, national: input })
    },
  )

  it.each(belgisch.filter((s) => !s.valid_BE))(
    'the non-existing Belgian number $input is refused',
    ({ input }) => {
      const result = normalisePhone(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.reason).toMatch(/telefoonnummer/)
    },
  )

  it('a mobile number typed without spaces becomes E.164', () => {
    expect(normalisePhone('0470123456')).toEqual({
      ok: true,
      e164: '+32470123456',
      national: '0470 12 34 56',
    })
  })

  it('a Belgian number with +32 or 0032 is the same number', () => {
    expect(normalisePhone('+32 470 12 34 56')).toMatchObject({ ok: true, e164: '+32470123456' })
    expect(normalisePhone('0032 470 12 34 56')).toMatchObject({ ok: true, e164: '+32470123456' })
    expect(normalisePhone('03/480.12.34')).toMatchObject({ ok: true, e164: '+3234801234' })
    expect(normalisePhone('+32 (0)3 480 12 34')).toMatchObject({ ok: true, e164: '+3234801234' })
  })

  it('a number copied with its label (Tel.:, gsm) is read without the label', () => {
    expect(normalisePhone('Tel.: 03 480 12 34')).toMatchObject({ ok: true, e164: '+3234801234' })
    expect(normalisePhone('gsm 0470 12 34 56')).toMatchObject({ ok: true, e164: '+32470123456' })
  })

  it('a Dutch number with + is accepted and shown in international form', () => {
    expect(normalisePhone('+31 20 123 4567')).toEqual({
      ok: true,
      e164: '+31201234567',
      national: '+31 20 123 4567',
    })
  })

  it('an Antwerp number starting with 03 1 does not exist and is refused', () => {
    // libphonenumber's full metadata: Antwerp subscriber numbers do not start with 1.
    expect(normalisePhone('03 123 45 67').ok).toBe(false)
  })

  it('too short, too long and text are refused with a Dutch reason', () => {
    expect(normalisePhone('0470 12')).toEqual({
      ok: false,
      reason: expect.stringMatching(/te kort/),
    })
    expect(normalisePhone('+32 470 12 34 56 78')).toEqual({
      ok: false,
      reason: expect.stringMatching(/te lang/),
    })
    expect(normalisePhone('bel ons')).toEqual({
      ok: false,
      reason: expect.stringMatching(/cijfers/),
    })
    expect(normalisePhone('')).toEqual({ ok: false, reason: expect.stringMatching(/Vul/) })
  })

  it('a stored number is shown the way it is dialled in Belgium', () => {
    expect(formatPhoneNational('+3292234567')).toBe('09 223 45 67')
    expect(formatPhoneNational('+32470123456')).toBe('0470 12 34 56')
    expect(formatPhoneNational('+31201234567')).toBe('+31 20 123 4567')
    expect(formatPhoneNational('onleesbaar')).toBe('onleesbaar')
  })
})
