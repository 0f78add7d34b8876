// Logging in and out on the public site: the same Payload login (lockout, sessions, the
// payload-token cookie) that the admin uses, so one login serves both.
import { createLocalReq, logoutOperation, type Payload } from 'payload'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import { asPayloadUser } from '@/auth/payload-user'
import type { User } from '@/payload-types'

import { fail, type ActionResult } from '@/forms/result'

export type LoginOutcome =
  { ok: true; user: User; token: string } | { ok: false; result: ActionResult }

/** Checks email and password through Payload's login, so failures count towards the lockout. */
export async function payloadLogin(
  payload: Payload,
  email: string,
  password: string,
  field = 'wachtwoord',
): Promise<LoginOutcome> {
  try {
    const result = await payload.login({ collection: 'users', data: { email, password } })
    if (!result.token || !result.user)
      return {
        ok: false,
        result: fail(401, field, 'Het e-mailadres of het wachtwoord klopt niet.'),
      }
    return { ok: true, user: result.user, token: result.token }
  } catch (error) {
    // By status, not instanceof: the production bundle can hold more than one copy of Payload's error classes.
    const status = (error as { status?: unknown })?.status
    if (status === 403) {
      return {
        ok: false,
        result: fail(
          403,
          'email',
          'Bevestig eerst uw e-mailadres met de link in de mail die we u stuurden. Geen mail gekregen? Vraag hieronder een nieuwe aan.',
        ),
      }
    }
    if (status === 401) {
      if (await isLocked(payload, email)) {
        return {
          ok: false,
          result: fail(
            423,
            field,
            'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw, of kies een nieuw wachtwoord via "Wachtwoord vergeten".',
          ),
        }
      }
      return {
        ok: false,
        result: fail(401, field, 'Het e-mailadres of het wachtwoord klopt niet.'),
      }
    }
    throw error
  }
}

async function isLocked(payload: Payload, email: string): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const lockUntil = (docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
  return Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
}

export const sessionCookie = (payload: Payload, token: string): string =>
  generatePayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: false,
    token,
  })

export const expiredSessionCookie = (payload: Payload): string =>
  generateExpiredPayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    config: payload.config,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: false,
  })

/** The logged-in user of a request to the public site, from the same cookie as the admin. */
export async function currentUser(payload: Payload, headers: Headers): Promise<User | null> {
  const { user } = await payload.auth({ headers })
  return user && user.collection === 'users' ? user : null
}

/** Ends this session in the database too (not only the cookie), so a copied token stops working. */
export async function logout(payload: Payload, headers: Headers): Promise<void> {
  const user = await currentUser(payload, headers)
  if (!user) return
  const req = await createLocalReq({ user: asPayloadUser(user) }, payload)
  await logoutOperation({ collection: payload.collections.users, req })
}
