// What was typed into a form comes back after a failed plain-form post (no JavaScript): the route
// answers with a redirect to the form's page, so the values ride along in a short-lived cookie.
// Not in the address, where an e-mail address or a message would end up in logs and history.
// The cookie is signed, scoped to the form's page, and tied to the one set of messages it belongs
// to (their signature in the address), so a later visit to the page starts empty again.
import { signedBy, signFor } from '@/accounts/flash'

import type { Fields } from './action'

export const KEPT_VALUES_COOKIE = 'formulier-invoer'
const PURPOSE = 'formulier-invoer'
const MAX_AGE_SECONDS = 10 * 60
/** Browsers keep cookies up to about 4 KB; a longer one is not sent at all (the values are then not kept). */
const MAX_LENGTH = 3800
/** Never kept, whatever an action declares. */
const SECRET = /wachtwoord|password|token/i

const attributes = (path: string, secure: boolean) =>
  `Path=${path}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`

/** The Set-Cookie value holding `keep`'s values from `fields`, or null when there is nothing (or too much) to keep. */
export function keptValuesCookie(options: {
  fields: Fields
  keep: readonly string[]
  errorsSignature: string
  path: string
  secure: boolean
}): string | null {
  const values: Record<string, string> = {}
  for (const name of options.keep) {
    const value = options.fields[name]
    if (!SECRET.test(name) && typeof value === 'string' && value !== '') values[name] = value
  }
  if (Object.keys(values).length === 0) return null
  const data = Buffer.from(JSON.stringify({ sig: options.errorsSignature, values })).toString(
    'base64url',
  )
  const cookie = `${data}.${signFor(PURPOSE, data)}`
  if (cookie.length > MAX_LENGTH) return null
  return `${KEPT_VALUES_COOKIE}=${cookie}; Max-Age=${MAX_AGE_SECONDS}; ${attributes(options.path, options.secure)}`
}

/** After a success the typed values have served. */
export const clearedValuesCookie = (path: string, secure: boolean) =>
  `${KEPT_VALUES_COOKIE}=; Max-Age=0; ${attributes(path, secure)}`

/** The kept values for the page showing the messages signed `errorsSignature`; empty for any other. */
export function readKeptValues(
  cookie: string | undefined,
  errorsSignature: unknown,
): Record<string, string> {
  if (!cookie || typeof errorsSignature !== 'string' || !errorsSignature) return {}
  const [data, signature] = cookie.split('.')
  if (!data || !signature || !signedBy(PURPOSE, data, signature)) return {}
  try {
    const parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as {
      sig?: unknown
      values?: Record<string, unknown>
    }
    if (parsed.sig !== errorsSignature || !parsed.values || typeof parsed.values !== 'object')
      return {}
    return Object.fromEntries(
      Object.entries(parsed.values).filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && !SECRET.test(entry[0]),
      ),
    )
  } catch {
    return {}
  }
}
