import { describe, expect, it } from 'vitest'

import {
  checkChangePassword,
  checkDeleteAccount,
  checkLogin,
  checkRegistration,
} from '@/domain/account/validate'

const fields = (result: ReturnType<typeof checkRegistration>) =>
  result.ok ? [] : result.errors.map((e) => e.field).sort()

describe('registration form', () => {
  const good = {
    naam: ' An Janssens ',
    email: ' An@Voorbeeld.BE ',
    wachtwoord: 'lang-genoeg',
    wachtwoordHerhaald: 'lang-genoeg',
  }

  it('accepts a complete form and keeps the address in lower case without spaces', () => {
    const result = checkRegistration(good)
    expect(result).toEqual({
      ok: true,
      value: {
        naam: 'An Janssens',
        email: 'an@voorbeeld.be',
        wachtwoord: 'lang-genoeg',
        rizivNummer: null,
      },
    })
  })

  it('names every field that is wrong', () => {
    expect(fields(checkRegistration({}))).toEqual(['email', 'naam', 'wachtwoord'])
    expect(fields(checkRegistration({ ...good, email: 'an@voorbeeld' }))).toEqual(['email'])
    expect(
      fields(checkRegistration({ ...good, wachtwoord: 'kort', wachtwoordHerhaald: 'kort' })),
    ).toEqual(['wachtwoord'])
    expect(fields(checkRegistration({ ...good, wachtwoordHerhaald: 'anders' }))).toEqual([
      'wachtwoordHerhaald',
    ])
    expect(fields(checkRegistration({ ...good, naam: 'x'.repeat(101) }))).toEqual(['naam'])
  })

  it('asks a zorgverlener for a well-formed RIZIV number and ignores one from a non-zorgverlener', () => {
    expect(fields(checkRegistration({ ...good, zorgverlener: 'ja' }))).toEqual(['rizivNummer'])
    expect(
      fields(checkRegistration({ ...good, zorgverlener: 'ja', rizivNummer: '12-34' })),
    ).toEqual(['rizivNummer'])
    const ok = checkRegistration({ ...good, zorgverlener: 'ja', rizivNummer: '1-00000-00-004' })
    expect(ok.ok && ok.value.rizivNummer).toBe('10000000004')
    const notZv = checkRegistration({ ...good, rizivNummer: '1-00000-00-004' })
    expect(notZv.ok && notZv.value.rizivNummer).toBeNull()
  })

  it('does not choke on fields of the wrong type', () => {
    expect(fields(checkRegistration({ naam: 12, email: ['a'], wachtwoord: { x: 1 } }))).toEqual([
      'email',
      'naam',
      'wachtwoord',
    ])
  })
})

describe('other account forms', () => {
  it('login needs both fields', () => {
    const result = checkLogin({ email: 'a@b.be' })
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'wachtwoord', message: 'Vul uw wachtwoord in.' },
    ])
  })

  it('a new password needs the current one and a repeat', () => {
    const result = checkChangePassword({ wachtwoord: 'nieuw-wachtwoord', wachtwoordHerhaald: 'x' })
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'huidigWachtwoord',
      'wachtwoordHerhaald',
    ])
  })

  it('deleting needs the box ticked', () => {
    const result = checkDeleteAccount({ huidigWachtwoord: 'x' })
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['bevestig'])
    expect(checkDeleteAccount({ huidigWachtwoord: 'x', bevestig: 'ja' }).ok).toBe(true)
  })
})
