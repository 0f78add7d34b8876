// The account journeys of the public site, one function per form. Each takes the submitted fields
// and answers an ActionResult; nothing here knows about HTTP. Mails are queued in the transaction
// of the change they announce.
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import {
  checkChangeEmail,
  checkChangePassword,
  checkDeleteAccount,
  checkForgotPassword,
  checkLogin,
  checkRegistration,
  checkResetPassword,
} from '@/domain/account/validate'
import type { Checked } from '@/domain/field-error'
import { pageWith, type ActionContext, type Fields, type FormActions } from '@/forms/action'
import { done, fail, invalid, type ActionResult } from '@/forms/result'
import { enqueueMail, recentMailsTo } from '@/mail/outbox'
import {
  alreadyRegisteredMail,
  changeEmailMail,
  emailChangedMail,
  passwordChangedMail,
  resetPasswordMail,
  verifyEmailMail,
} from '@/mail/templates/account'
import type { User } from '@/payload-types'

import { accountLink } from './links'
import { expiredSessionCookie, logout, payloadLogin, sessionCookie } from './session'
import { consumeAccountToken, createAccountToken, TOKEN_HOURS } from './tokens'

const RESET_HOURS = 1
/** At most this many mails per address per quarter of an hour from the forms anyone can submit. */
const MAILS_PER_QUARTER = 3
const flooded = async (req: PayloadRequest, address: string) =>
  (await recentMailsTo(req, address, 15)) >= MAILS_PER_QUARTER

/** Runs `work` in one transaction with a request that links in mails can be built from. */
async function inTransaction<T>(
  ctx: ActionContext,
  work: (req: PayloadRequest) => Promise<T>,
  user?: User | null,
): Promise<T> {
  const req = await createLocalReq(
    { context: { siteBase: ctx.siteBase }, user: user ? asPayloadUser(user) : undefined },
    ctx.payload,
  )
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const findByEmail = async (req: PayloadRequest, email: string) =>
  (
    await req.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs[0] as User | undefined

/**
 * Always the same answer, whether the address is new or not: the form must not tell strangers who
 * has an account. The owner of a known address gets a mail saying so instead.
 */
export async function register(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  const checked = checkRegistration(fields)
  if (!checked.ok) return invalid(checked.errors)
  const { naam, email, wachtwoord, rizivNummer } = checked.value
  await inTransaction(ctx, async (req) => {
    const existing = await findByEmail(req, email)
    if (existing) {
      if (await flooded(req, existing.email)) return
      await enqueueMail(req, {
        to: existing.email,
        ...alreadyRegisteredMail({
          naam: existing.naam,
          loginUrl: accountLink(req, '/account/aanmelden'),
          resetUrl: accountLink(req, '/account/wachtwoord-vergeten'),
        }),
      })
      return
    }
    req.context.selfRegistration = true
    await req.payload.create({
      collection: 'users',
      data: { naam, email, password: wachtwoord, rizivNummer, roles: ['burger'] },
      req,
      overrideAccess: true,
    })
  })
  return done('/account/aanmelden', 'registratie')
}

/** The link from a confirmation mail: a new account's address, or a changed address. */
export async function confirmToken(ctx: ActionContext, token: string): Promise<ActionResult> {
  return inTransaction(ctx, async (req) => {
    const found = await consumeAccountToken(req, token)
    if (!found)
      return fail(
        400,
        'token',
        'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.',
      )
    const user = await req.payload.findByID({
      collection: 'users',
      id: found.userId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!user) return fail(400, 'token', 'Dit account bestaat niet meer.')
    if (found.purpose === 'email-bevestigen') {
      await req.payload.update({
        collection: 'users',
        id: user.id,
        data: { emailVerified: true },
        overrideAccess: true,
        req,
      })
      return done('/account/aanmelden', 'bevestigd')
    }
    const taken = await findByEmail(req, found.email)
    if (taken && taken.id !== user.id)
      return fail(400, 'email', 'Dit e-mailadres is intussen al in gebruik door een ander account.')
    req.context.emailChangeConfirmed = true
    await req.payload.update({
      collection: 'users',
      id: user.id,
      data: { email: found.email, emailVerified: true },
      overrideAccess: true,
      req,
    })
    await enqueueMail(req, {
      to: user.email,
      ...emailChangedMail({ naam: user.naam, nieuwAdres: found.email }),
    })
    return done('/account', 'email-gewijzigd')
  })
}

export async function resendConfirmation(
  ctx: ActionContext,
  fields: Fields,
): Promise<ActionResult> {
  const checked = checkForgotPassword(fields)
  if (!checked.ok) return invalid(checked.errors)
  await inTransaction(ctx, async (req) => {
    const user = await findByEmail(req, checked.value.email)
    if (!user || user.emailVerified !== false || (await flooded(req, user.email))) return
    const token = await createAccountToken(req, user.id, 'email-bevestigen', user.email)
    await enqueueMail(req, {
      to: user.email,
      ...verifyEmailMail({
        naam: user.naam,
        url: accountLink(req, '/account/bevestigen', { token }),
        hours: TOKEN_HOURS['email-bevestigen'],
      }),
    })
  })
  return done('/account/aanmelden', 'bevestiging-opnieuw')
}

/** Only a path on this site: "/account", never "//elders.be" or "https://...". */
const safeNext = (value: unknown): string =>
  typeof value === 'string' && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(value) ? value : '/account'

export async function login(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  const checked = checkLogin(fields)
  if (!checked.ok) return invalid(checked.errors)
  const outcome = await payloadLogin(ctx.payload, checked.value.email, checked.value.wachtwoord)
  if (!outcome.ok) return outcome.result
  return done(safeNext(fields.volgende), undefined, [sessionCookie(ctx.payload, outcome.token)])
}

export async function logoutAction(ctx: ActionContext): Promise<ActionResult> {
  await logout(ctx.payload, ctx.headers)
  return done('/account/aanmelden', 'afgemeld', [expiredSessionCookie(ctx.payload)])
}

export async function forgotPassword(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  const checked = checkForgotPassword(fields)
  if (!checked.ok) return invalid(checked.errors)
  await inTransaction(ctx, async (req) => {
    const user = await findByEmail(req, checked.value.email)
    if (!user || (await flooded(req, user.email))) return
    const token = await req.payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
      req,
    })
    if (!token) return
    await enqueueMail(req, {
      to: user.email,
      ...resetPasswordMail({
        naam: user.naam,
        url: accountLink(req, '/account/wachtwoord-herstellen', { token: String(token) }),
        hours: RESET_HOURS,
      }),
    })
  })
  return done('/account/wachtwoord-vergeten', 'herstel-verstuurd')
}

export async function resetPassword(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  const checked = checkResetPassword(fields)
  if (!checked.ok) return invalid(checked.errors)
  try {
    const result = await inTransaction(ctx, async (req) => {
      const reset = await req.payload.resetPassword({
        collection: 'users',
        data: { token: checked.value.token, password: checked.value.wachtwoord },
        overrideAccess: true,
        req,
      })
      // eslint-disable-next-line no-restricted-syntax -- Payload types the user of a reset as Record<string, unknown>; it is the users document.
      const user = reset.user as unknown as User
      // The mail with the link reached its owner: that confirms the address as well.
      if (user.emailVerified === false)
        await req.payload.update({
          collection: 'users',
          id: user.id,
          data: { emailVerified: true },
          overrideAccess: true,
          req,
        })
      await enqueueMail(req, { to: user.email, ...passwordChangedMail({ naam: user.naam }) })
      return reset
    })
    return result.token
      ? done('/account', 'wachtwoord-hersteld', [sessionCookie(ctx.payload, result.token)])
      : done('/account/aanmelden', 'wachtwoord-hersteld')
  } catch (error) {
    if ((error as { status?: unknown })?.status === 403)
      return fail(
        400,
        'token',
        'Deze link is ongeldig of verlopen. Vraag een nieuwe aan via "Wachtwoord vergeten".',
      )
    throw error
  }
}

const mustBeLoggedIn = () => fail(401, 'account', 'Meld u eerst aan.')

/**
 * The forms that change an account (password, address, deletion): only for the logged-in user,
 * whose current password must be right before `work` runs.
 */
async function withCurrentPassword<T extends { huidigWachtwoord: string }>(
  ctx: ActionContext,
  fields: Fields,
  check: (fields: Fields) => Checked<T>,
  work: (user: User, value: T) => Promise<ActionResult>,
): Promise<ActionResult> {
  if (!ctx.user) return mustBeLoggedIn()
  const checked = check(fields)
  if (!checked.ok) return invalid(checked.errors)
  const login = await payloadLogin(
    ctx.payload,
    ctx.user.email,
    checked.value.huidigWachtwoord,
    'huidigWachtwoord',
  )
  if (!login.ok) return login.result
  return work(ctx.user, checked.value)
}

export const changePassword = (ctx: ActionContext, fields: Fields): Promise<ActionResult> =>
  withCurrentPassword(ctx, fields, checkChangePassword, async (user, { wachtwoord }) => {
    await inTransaction(ctx, async (req) => {
      await req.payload.update({
        collection: 'users',
        id: user.id,
        data: { password: wachtwoord },
        overrideAccess: true,
        req,
      })
      await enqueueMail(req, { to: user.email, ...passwordChangedMail({ naam: user.naam }) })
    })
    const fresh = await payloadLogin(ctx.payload, user.email, wachtwoord)
    return done(
      '/account',
      'wachtwoord-gewijzigd',
      fresh.ok ? [sessionCookie(ctx.payload, fresh.token)] : undefined,
    )
  })

export const changeEmail = (ctx: ActionContext, fields: Fields): Promise<ActionResult> =>
  withCurrentPassword(ctx, fields, checkChangeEmail, async (user, { email }) => {
    if (email === user.email.toLowerCase()) return fail(400, 'email', 'Dit is al uw e-mailadres.')
    return inTransaction(ctx, async (req) => {
      const taken = await findByEmail(req, email)
      if (taken)
        return fail(400, 'email', 'Dit e-mailadres is al in gebruik door een ander account.')
      const token = await createAccountToken(req, user.id, 'email-wijzigen', email)
      await enqueueMail(req, {
        to: email,
        ...changeEmailMail({
          naam: user.naam,
          url: accountLink(req, '/account/bevestigen', { token }),
          hours: TOKEN_HOURS['email-wijzigen'],
        }),
      })
      return done('/account', 'email-bevestigen')
    })
  })

export const deleteAccount = (ctx: ActionContext, fields: Fields): Promise<ActionResult> =>
  withCurrentPassword(ctx, fields, checkDeleteAccount, async (user) => {
    await inTransaction(ctx, async (req) => {
      await req.payload.delete({ collection: 'users', id: user.id, overrideAccess: true, req })
    })
    return done('/account/verwijderd', undefined, [expiredSessionCookie(ctx.payload)])
  })

export const ACCOUNT_ACTIONS = {
  registreren: { run: register, page: '/account/registreren' },
  // The login page remembers where to go after logging in.
  aanmelden: { run: login, page: pageWith('/account/aanmelden', 'volgende') },
  afmelden: { run: logoutAction, page: '/account' },
  'bevestiging-opnieuw': { run: resendConfirmation, page: '/account/aanmelden' },
  'wachtwoord-vergeten': { run: forgotPassword, page: '/account/wachtwoord-vergeten' },
  // The reset link's token must survive a failed attempt, or the user would need a new mail.
  'wachtwoord-herstellen': {
    run: resetPassword,
    page: pageWith('/account/wachtwoord-herstellen', 'token'),
  },
  'wachtwoord-wijzigen': { run: changePassword, page: '/account/instellingen' },
  'email-wijzigen': { run: changeEmail, page: '/account/instellingen' },
  verwijderen: { run: deleteAccount, page: '/account/instellingen' },
} as const satisfies FormActions
