// Checks on what a visitor types into the account forms. Pure: no Payload, no database. Every
// problem names its field and says in Dutch what is wrong, so forms and the JSON API show the same.
import type { Checked, FieldError } from '../field-error'
import { parseRiziv } from '../identifiers/riziv'

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128
const NAAM_MAX = 100
// Deliberately plain: one @, something before it, a dot in the domain, no spaces. The mail itself is the real check.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

export function checkEmail(value: unknown, field = 'email'): FieldError | null {
  const email = text(value).trim()
  if (!email) return { field, message: 'Vul een e-mailadres in.' }
  if (email.length > 254 || !EMAIL.test(email))
    return { field, message: 'Dit is geen geldig e-mailadres.' }
  return null
}

export function checkPassword(value: unknown, field = 'wachtwoord'): FieldError | null {
  const password = text(value)
  if (!password) return { field, message: 'Vul een wachtwoord in.' }
  if (password.length < PASSWORD_MIN)
    return { field, message: `Een wachtwoord heeft minstens ${PASSWORD_MIN} tekens.` }
  if (password.length > PASSWORD_MAX)
    return { field, message: `Een wachtwoord heeft hoogstens ${PASSWORD_MAX} tekens.` }
  return null
}

const required = (value: unknown, field: string, message: string): FieldError | null =>
  text(value) ? null : { field, message }

const result = <T>(errors: (FieldError | null)[], value: () => T): Checked<T> => {
  const found = errors.filter((error): error is FieldError => error !== null)
  return found.length ? { ok: false, errors: found } : { ok: true, value: value() }
}

export const normaliseEmail = (value: unknown) => text(value).trim().toLowerCase()

export type Registration = {
  naam: string
  email: string
  wachtwoord: string
  rizivNummer: string | null
}

export function checkRegistration(input: Record<string, unknown>): Checked<Registration> {
  const naam = text(input.naam).trim()
  const zorgverlener =
    input.zorgverlener === 'ja' || input.zorgverlener === 'on' || input.zorgverlener === true
  const riziv = text(input.rizivNummer).trim()
  const parsedRiziv = riziv ? parseRiziv(riziv) : null
  return result(
    [
      naam
        ? naam.length > NAAM_MAX
          ? { field: 'naam', message: `Een naam heeft hoogstens ${NAAM_MAX} tekens.` }
          : null
        : { field: 'naam', message: 'Vul uw naam in.' },
      checkEmail(input.email),
      checkPassword(input.wachtwoord),
      text(input.wachtwoord) && text(input.wachtwoordHerhaald) !== text(input.wachtwoord)
        ? { field: 'wachtwoordHerhaald', message: 'De twee wachtwoorden zijn niet gelijk.' }
        : null,
      zorgverlener && !riziv
        ? {
            field: 'rizivNummer',
            message: 'Vul uw RIZIV-nummer in (11 cijfers) als u zorgverlener bent.',
          }
        : null,
      zorgverlener && parsedRiziv && !parsedRiziv.ok
        ? { field: 'rizivNummer', message: `Dit RIZIV-nummer klopt niet: ${parsedRiziv.reason}` }
        : null,
    ],
    () => ({
      naam,
      email: normaliseEmail(input.email),
      wachtwoord: text(input.wachtwoord),
      rizivNummer: zorgverlener && parsedRiziv?.ok ? parsedRiziv.value : null,
    }),
  )
}

export function checkLogin(
  input: Record<string, unknown>,
): Checked<{ email: string; wachtwoord: string }> {
  return result(
    [checkEmail(input.email), required(input.wachtwoord, 'wachtwoord', 'Vul uw wachtwoord in.')],
    () => ({
      email: normaliseEmail(input.email),
      wachtwoord: text(input.wachtwoord),
    }),
  )
}

export function checkForgotPassword(input: Record<string, unknown>): Checked<{ email: string }> {
  return result([checkEmail(input.email)], () => ({ email: normaliseEmail(input.email) }))
}

export function checkResetPassword(
  input: Record<string, unknown>,
): Checked<{ token: string; wachtwoord: string }> {
  return result(
    [
      required(input.token, 'token', 'De link is onvolledig: vraag een nieuwe aan.'),
      checkPassword(input.wachtwoord),
      text(input.wachtwoord) && text(input.wachtwoordHerhaald) !== text(input.wachtwoord)
        ? { field: 'wachtwoordHerhaald', message: 'De twee wachtwoorden zijn niet gelijk.' }
        : null,
    ],
    () => ({ token: text(input.token), wachtwoord: text(input.wachtwoord) }),
  )
}

export function checkChangePassword(
  input: Record<string, unknown>,
): Checked<{ huidigWachtwoord: string; wachtwoord: string }> {
  return result(
    [
      required(input.huidigWachtwoord, 'huidigWachtwoord', 'Vul uw huidige wachtwoord in.'),
      checkPassword(input.wachtwoord),
      text(input.wachtwoord) && text(input.wachtwoordHerhaald) !== text(input.wachtwoord)
        ? { field: 'wachtwoordHerhaald', message: 'De twee wachtwoorden zijn niet gelijk.' }
        : null,
    ],
    () => ({ huidigWachtwoord: text(input.huidigWachtwoord), wachtwoord: text(input.wachtwoord) }),
  )
}

export function checkChangeEmail(
  input: Record<string, unknown>,
): Checked<{ email: string; huidigWachtwoord: string }> {
  return result(
    [
      checkEmail(input.email),
      required(input.huidigWachtwoord, 'huidigWachtwoord', 'Vul uw huidige wachtwoord in.'),
    ],
    () => ({
      email: normaliseEmail(input.email),
      huidigWachtwoord: text(input.huidigWachtwoord),
    }),
  )
}

export function checkDeleteAccount(
  input: Record<string, unknown>,
): Checked<{ huidigWachtwoord: string }> {
  return result(
    [
      required(
        input.huidigWachtwoord,
        'huidigWachtwoord',
        'Vul uw wachtwoord in om te bevestigen.',
      ),
      input.bevestig === 'ja' || input.bevestig === 'on' || input.bevestig === true
        ? null
        : { field: 'bevestig', message: 'Vink aan dat u uw account wilt verwijderen.' },
    ],
    () => ({ huidigWachtwoord: text(input.huidigWachtwoord) }),
  )
}
