import { describe, expect, it } from 'vitest'

import { isHandled, parseSuggestie, MAX_VOORSTEL } from '@/domain/suggestie'
import { withinLimit, checkForm, formToken } from '@/suggesties/abuse'

const geldig = {
  ficheSoort: 'aanbod',
  ficheId: '12',
  onderdeel: 'openingsuren',
  voorstel: 'Op woensdag is het gesloten.',
  email: 'An@Voorbeeld.be ',
}

describe('reading a suggestion from the form', () => {
  it('accepts a complete suggestion and tidies the address', () => {
    expect(parseSuggestie(geldig, false)).toEqual({
      suggestie: {
        ficheSoort: 'aanbod',
        ficheId: 12,
        onderdeel: 'openingsuren',
        voorstel: 'Op woensdag is het gesloten.',
        naam: null,
        email: 'an@voorbeeld.be',
      },
    })
  })

  it('takes the fiche number as text from a form or as a number from a script', () => {
    expect(parseSuggestie({ ...geldig, ficheId: 12 }, false)).toEqual(parseSuggestie(geldig, false))
  })

  it('asks a visitor for an e-mail address, not someone logged in', () => {
    const zonder = { ...geldig, email: '' }
    expect(parseSuggestie(zonder, false)).toEqual({
      fouten: [expect.objectContaining({ field: 'email' })],
    })
    expect(parseSuggestie(zonder, true)).toHaveProperty('suggestie')
  })

  it('names every field that is wrong', () => {
    const gelezen = parseSuggestie(
      {
        ficheSoort: 'museum',
        ficheId: 'x',
        onderdeel: 'kleur',
        voorstel: 'nee',
        email: 'geen-adres',
      },
      false,
    )
    expect('fouten' in gelezen && gelezen.fouten.map((f) => f.field)).toEqual([
      'ficheSoort',
      'ficheId',
      'onderdeel',
      'voorstel',
      'email',
    ])
    const teLang = parseSuggestie({ ...geldig, voorstel: 'x'.repeat(MAX_VOORSTEL + 1) }, false)
    expect(teLang).toEqual({
      fouten: [
        expect.objectContaining({
          field: 'voorstel',
          message: expect.stringContaining(String(MAX_VOORSTEL)),
        }),
      ],
    })
  })

  it('tells the sender only when the suggestion is handled, either way', () => {
    expect(['nieuw', 'in_behandeling', 'verwerkt', 'afgewezen'].map(isHandled)).toEqual([
      false,
      false,
      true,
      true,
    ])
  })
})

describe('the anti-abuse check for visitors', () => {
  process.env.PAYLOAD_SECRET = 'geheim-voor-de-test'
  const nu = Date.now()

  it('accepts a form filled in by a person: signed, not too fast, not too old, trap field empty', () => {
    expect(checkForm(formToken(nu - 20_000), '', nu)).toBeNull()
  })

  it('refuses a form sent too fast, too late, with a forged token or with the trap field filled', () => {
    expect(checkForm(formToken(nu - 500), '', nu)).toMatchObject({ field: 'token' })
    expect(checkForm(formToken(nu - 3 * 60 * 60 * 1000), '', nu)).toMatchObject({ field: 'token' })
    expect(checkForm(`${nu - 20_000}.vervalst`, '', nu)).toMatchObject({ field: 'token' })
    expect(checkForm(undefined, '', nu)).toMatchObject({ field: 'token' })
    expect(checkForm(formToken(nu - 20_000), 'https://spam.example', nu)).toMatchObject({
      field: 'website',
    })
  })

  it('lets one sender send five an hour, then waits', () => {
    const sleutel = `ip:test-${Math.random()}`
    expect([1, 2, 3, 4, 5, 6].map((i) => withinLimit(sleutel, nu + i))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ])
    expect(withinLimit(sleutel, nu + 61 * 60 * 1000)).toBe(true)
  })
})
