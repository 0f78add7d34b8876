import { describe, expect, it } from 'vitest'

import { pageWith } from '@/forms/action'
import {
  clearedValuesCookie,
  KEPT_VALUES_COOKIE,
  keptValuesCookie,
  readKeptValues,
} from '@/forms/kept-values'
import { validationErrorsOf } from '@/forms/payload-errors'

const valueOf = (cookie: string | null) =>
  cookie!.split(';')[0].slice(KEPT_VALUES_COOKIE.length + 1)

describe('a failed plain form goes back to its page', () => {
  it('carrying the fields that identify the form, under the name the page reads', () => {
    const notities = pageWith('/account/notities', ['soort', 'ficheSoort'], ['id', 'ficheId'])
    expect(notities({ ficheSoort: 'aanbod', ficheId: '12', tekst: 'geheim' })).toBe(
      '/account/notities?soort=aanbod&id=12',
    )
    expect(notities({ tekst: 'geheim' })).toBe('/account/notities')
    expect(
      pageWith('/account/wachtwoord-herstellen', 'token')({ token: 'a b&c', wachtwoord: 'x' }),
    ).toBe('/account/wachtwoord-herstellen?token=a+b%26c')
  })
})

describe('what was typed comes back after a failed plain form', () => {
  process.env.PAYLOAD_SECRET = 'geheim-voor-de-test'
  const fields = {
    voorstel: 'Op woensdag gesloten.',
    email: 'an@voorbeeld.be',
    wachtwoord: 'hunter22',
    token: '123.abc',
    website: 'spam',
  }

  it('keeps the declared fields, never a password or a token even if declared, and only for the page with those messages', () => {
    const cookie = keptValuesCookie({
      fields,
      keep: ['voorstel', 'email', 'wachtwoord', 'token', 'naam'],
      errorsSignature: 'sig-1',
      path: '/suggestie',
      secure: true,
    })
    expect(cookie).toMatch(
      /^formulier-invoer=[\w-]+\.[\w-]+; Max-Age=600; Path=\/suggestie; HttpOnly; SameSite=Lax; Secure$/,
    )
    expect(readKeptValues(valueOf(cookie), 'sig-1')).toEqual({
      voorstel: 'Op woensdag gesloten.',
      email: 'an@voorbeeld.be',
    })
    expect(readKeptValues(valueOf(cookie), 'sig-2')).toEqual({})
    expect(readKeptValues(valueOf(cookie), undefined)).toEqual({})
  })

  it('refuses a cookie that was changed, and keeps nothing rather than a cookie browsers would drop', () => {
    const cookie = valueOf(
      keptValuesCookie({
        fields,
        keep: ['voorstel'],
        errorsSignature: 'sig-1',
        path: '/suggestie',
        secure: false,
      }),
    )
    const [data, sig] = cookie.split('.')
    const forged = Buffer.from(
      JSON.stringify({ sig: 'sig-1', values: { voorstel: 'Iets anders' } }),
    ).toString('base64url')
    expect(readKeptValues(`${forged}.${sig}`, 'sig-1')).toEqual({})
    expect(readKeptValues(`${data}.`, 'sig-1')).toEqual({})
    expect(
      keptValuesCookie({
        fields: { voorstel: 'x'.repeat(4000) },
        keep: ['voorstel'],
        errorsSignature: 's',
        path: '/',
        secure: false,
      }),
    ).toBeNull()
    expect(
      keptValuesCookie({
        fields: { voorstel: '' },
        keep: ['voorstel'],
        errorsSignature: 's',
        path: '/',
        secure: false,
      }),
    ).toBeNull()
    expect(clearedValuesCookie('/suggestie', false)).toBe(
      'formulier-invoer=; Max-Age=0; Path=/suggestie; HttpOnly; SameSite=Lax',
    )
  })
})

describe("Payload's validation errors", () => {
  it('are recognised by their shape, whatever class they were made with', () => {
    const copy = Object.assign(new Error('The following field is invalid: tekst'), {
      status: 400,
      data: { errors: [{ path: 'tekst', message: 'Een notitie mag niet leeg zijn.' }] },
    })
    expect(validationErrorsOf(copy)).toEqual([
      { field: 'tekst', message: 'Een notitie mag niet leeg zijn.' },
    ])
    expect(
      validationErrorsOf({ status: 403, data: { errors: [{ path: 'x', message: 'y' }] } }),
    ).toBeNull()
    expect(validationErrorsOf(Object.assign(new Error('Bad'), { status: 400 }))).toBeNull()
    expect(validationErrorsOf(new TypeError('kapot'))).toBeNull()
    expect(validationErrorsOf(undefined)).toBeNull()
  })
})

describe('the registry of form actions', () => {
  it('has one action per name: no feature silently replaces another’s', async () => {
    const groups = await Promise.all([
      import('@/accounts/actions').then((m) => m.ACCOUNT_ACTIONS),
      import('@/favorieten/actions').then((m) => m.FAVORIETEN_ACTIONS),
      import('@/notities/actions').then((m) => m.NOTITIE_ACTIONS),
      import('@/suggesties/submit').then((m) => m.SUGGESTIE_ACTIONS),
      import('@/downloads/form').then((m) => m.DOWNLOAD_ACTIONS),
      import('@/forward/form').then((m) => m.FORWARD_ACTIONS),
    ])
    const { FORM_ACTIONS, formAction } = await import('@/forms/registry')
    const names = groups.flatMap((group) => Object.keys(group))
    expect(new Set(names).size).toBe(names.length)
    expect(Object.keys(FORM_ACTIONS).sort()).toEqual([...names].sort())
    expect(formAction('notitie-bewaren')).toBe(FORM_ACTIONS['notitie-bewaren'])
    expect(formAction('constructor')).toBeNull()
    // Loading the actions loads Payload: seconds on a busy machine.
  }, 60_000)
})
