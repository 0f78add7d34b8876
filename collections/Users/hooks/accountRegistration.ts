import {
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeLoginHook,
  UnverifiedEmail,
} from 'payload'

import { idOf } from '@/utilities/id-of'
import { isAdminUser, regioIdsOf, type Role } from '@/accounts/roles'
import { accountLink } from '@/accounts/links'
import { createAccountToken, TOKEN_HOURS } from '@/accounts/tokens'
import { enqueueMail } from '@/mail/outbox'
import {
  verifyEmailMail,
  zorgverlenerRequestMail,
  zorgverlenerToReviewMail,
} from '@/mail/templates/account'
import type { User } from '@/payload-types'

/**
 * An account that someone makes for themself (the public form, or POST /api/users) starts
 * unconfirmed and gets a mail to confirm its address. Accounts an admin makes, and the seed's,
 * are trusted. "Ik ben zorgverlener" with a RIZIV number is matched to the fiche with that number
 * and waits for the regional team (zorgverlenerStatus "aangevraagd").
 */
export const selfRegistration: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const selfMade =
    req.context.selfRegistration === true || (req.payloadAPI !== 'local' && !isAdminUser(req.user))
  if (selfMade) data.emailVerified = false
  if (data.rizivNummer) {
    data.zorgverlenerStatus = 'aangevraagd'
    const { docs } = await req.payload.find({
      collection: 'zorgverleners',
      where: { rizivNummer: { equals: data.rizivNummer } },
      select: { regio: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    data.zorgverlenerFiche = docs[0]?.id ?? null
    data.zorgverlenerRegio = idOf(docs[0]?.regio)
  }
  return data
}

export const sendVerificationMail: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.emailVerified !== false) return doc
  const token = await createAccountToken(req, doc.id, 'email-bevestigen', doc.email)
  const url = accountLink(req, '/account/bevestigen', { token })
  await enqueueMail(req, {
    to: doc.email,
    ...verifyEmailMail({ naam: doc.naam, url, hours: TOKEN_HOURS['email-bevestigen'] }),
  })
  return doc
}

/** Unconfirmed accounts cannot log in. Accounts from before confirmation existed (null) can. */
export const refuseUnverifiedLogin: CollectionBeforeLoginHook<User> = ({ user, req }) => {
  if (user.emailVerified === false) throw new UnverifiedEmail({ t: req.t })
  return user
}

const DECISION_FIELDS = ['zorgverlenerStatus', 'zorgverlenerFiche'] as const

/**
 * Changes to an account that are not the account's own nor an admin's: a regiobeheerder deciding on
 * a zorgverlener request. Only the decision fields change, to a fiche in its own regions.
 * Also: nobody but an admin sets a new e-mail address directly; the owner confirms it by mail first
 * (src/accounts/service.ts sets context.emailChangeConfirmed).
 */
export const guardAccountChanges: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const admin = isAdminUser(req.user)
  if (
    !admin &&
    req.context.emailChangeConfirmed !== true &&
    typeof data.email === 'string' &&
    data.email.toLowerCase() !== String(originalDoc.email).toLowerCase()
  ) {
    throw new ValidationError({
      errors: [
        {
          path: 'email',
          message:
            'Een nieuw e-mailadres moet eerst bevestigd worden: wijzig het via uw accountpagina.',
        },
      ],
    })
  }
  if (admin || !req.user || req.user.id === originalDoc.id) return data
  if ('password' in data && data.password) throw new Forbidden(req.t)
  for (const key of Object.keys(data))
    if (!(DECISION_FIELDS as readonly string[]).includes(key)) Reflect.deleteProperty(data, key)
  // The e-mail field is validated on every save, so it has to be there (unchanged).
  data.email = originalDoc.email
  const ficheId = idOf(data.zorgverlenerFiche)
  if (ficheId && ficheId !== idOf(originalDoc.zorgverlenerFiche)) {
    const fiche = await req.payload.findByID({
      collection: 'zorgverleners',
      id: ficheId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const regio = idOf(fiche?.regio)
    if (regio === null || !regioIdsOf(req.user).includes(regio)) {
      throw new ValidationError({
        errors: [
          { path: 'zorgverlenerFiche', message: 'Kies een zorgverlenersfiche in uw eigen regio.' },
        ],
      })
    }
  }
  return data
}

/** Approving a zorgverlener request needs the fiche it is about, and makes the account a zorgverlener. */
export const zorgverlenerDecision: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (
    operation !== 'update' ||
    !originalDoc ||
    data.zorgverlenerStatus === originalDoc.zorgverlenerStatus
  )
    return data
  const ficheId = idOf(data.zorgverlenerFiche ?? originalDoc.zorgverlenerFiche)
  if (data.zorgverlenerStatus === 'goedgekeurd') {
    if (!ficheId)
      throw new ValidationError({
        errors: [
          {
            path: 'zorgverlenerFiche',
            message: 'Kies eerst de zorgverlenersfiche die bij dit account hoort.',
          },
        ],
      })
    const roles = new Set<Role>([...(originalDoc.roles ?? []), 'zorgverlener'])
    data.roles = [...roles]
  }
  if (ficheId) {
    const fiche = await req.payload.findByID({
      collection: 'zorgverleners',
      id: ficheId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    data.zorgverlenerRegio = idOf(fiche?.regio)
  }
  return data
}

export const zorgverlenerDecisionEffects: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.zorgverlenerStatus === previousDoc?.zorgverlenerStatus)
    return doc
  if (doc.zorgverlenerStatus !== 'goedgekeurd' && doc.zorgverlenerStatus !== 'geweigerd') return doc
  const goedgekeurd = doc.zorgverlenerStatus === 'goedgekeurd'
  if (goedgekeurd) {
    await req.payload.update({
      collection: 'zorgverleners',
      id: idOf(doc.zorgverlenerFiche)!,
      data: { account: doc.id },
      overrideAccess: true,
      req,
    })
  }
  await enqueueMail(req, {
    to: doc.email,
    ...zorgverlenerRequestMail({ naam: doc.naam, goedgekeurd }),
  })
  return doc
}

/**
 * A new zorgverlener request is announced to whoever decides on it: the regiobeheerders of the
 * fiche's region, or the admins when no fiche carries the number. One mail each, so no one sees
 * the others' addresses.
 */
export const announceZorgverlenerRequest: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.zorgverlenerStatus !== 'aangevraagd') return doc
  const regio = idOf(doc.zorgverlenerRegio)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: regio
      ? { and: [{ roles: { in: ['regiobeheerder'] } }, { regios: { in: [regio] } }] }
      : { roles: { in: ['admin'] } },
    select: { email: true },
    depth: 0,
    limit: 50,
    overrideAccess: true,
    req,
  })
  const mail = zorgverlenerToReviewMail({
    aanvrager: doc.naam || doc.email,
    rizivNummer: String(doc.rizivNummer),
    gevonden: Boolean(regio),
    url: accountLink(req, `/admin/collections/users/${doc.id}`),
  })
  for (const beslisser of docs) await enqueueMail(req, { to: beslisser.email, ...mail })
  return doc
}
