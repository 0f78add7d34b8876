import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole, regioIdsOf } from '@/accounts/roles'
import { idOf } from '@/utilities/id-of'
import type { Fichebeheer } from '@/payload-types'

/**
 * Keeps a request honest: a user asks only for itself; the fiche's region routes it to the right
 * team; a decision records who took it and when; one open or approved relation per user and fiche.
 */
export const fichebeheerRequest: CollectionBeforeChangeHook<Fichebeheer> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = req.user
  const system = Boolean(req.context?.systemWrite)
  if (operation === 'create' && user && !system && !hasRole(user, 'admin', 'regiobeheerder')) {
    data.gebruiker = user.id
    data.status = 'aangevraagd'
  }
  if (operation === 'create' && data.gebruiker == null && user) data.gebruiker = user.id

  const organisatie = idOf(data.organisatie ?? originalDoc?.organisatie)
  const praktijk = idOf(data.praktijk ?? originalDoc?.praktijk)
  const fiche = organisatie
    ? await req.payload.findByID({
        collection: 'organisaties',
        id: organisatie,
        depth: 0,
        select: { naam: true, regio: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : await req.payload.findByID({
        collection: 'praktijken',
        id: praktijk!,
        depth: 0,
        select: { naam: true, regio: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      })
  if (!fiche) {
    throw new ValidationError(
      {
        collection: 'fichebeheer',
        errors: [
          { path: organisatie ? 'organisatie' : 'praktijk', message: 'Deze fiche bestaat niet.' },
        ],
      },
      req.t,
    )
  }
  data.regio = idOf(fiche.regio)

  const gebruikerId = idOf(data.gebruiker ?? originalDoc?.gebruiker)
  const gebruiker = gebruikerId
    ? await req.payload.findByID({
        collection: 'users',
        id: gebruikerId,
        depth: 0,
        select: { naam: true, email: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  if (!gebruiker) {
    throw new ValidationError(
      {
        collection: 'fichebeheer',
        errors: [{ path: 'gebruiker', message: 'Deze gebruiker bestaat niet.' }],
      },
      req.t,
    )
  }
  data.gebruikerNaam = gebruiker.naam ?? null
  data.gebruikerEmail = gebruiker.email
  data.omschrijving = `${gebruiker.naam || gebruiker.email} → ${fiche.naam}`

  // A regiobeheerder decides only on requests for fiches in its own regions.
  if (
    user &&
    !system &&
    !hasRole(user, 'admin') &&
    hasRole(user, 'regiobeheerder') &&
    data.status !== 'aangevraagd'
  ) {
    if (data.regio == null || !regioIdsOf(user).includes(data.regio)) {
      throw new APIError(
        'Deze fiche ligt buiten uw regio: u kunt hier niet over beslissen.',
        403,
        undefined,
        true,
      )
    }
  }

  const statusChanged =
    operation === 'create' ? data.status !== 'aangevraagd' : data.status !== originalDoc?.status
  if (statusChanged) {
    data.beslistDoor = system
      ? 'automatisch'
      : user
        ? `${user.naam ?? ''} <${user.email}>`.trim()
        : 'systeem'
    data.beslistOp = new Date().toISOString()
  }

  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'fichebeheer',
      where: {
        and: [
          { gebruiker: { equals: gebruikerId } },
          organisatie
            ? { organisatie: { equals: organisatie } }
            : { praktijk: { equals: praktijk } },
          { status: { in: ['aangevraagd', 'goedgekeurd'] } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      throw new ValidationError(
        {
          collection: 'fichebeheer',
          errors: [
            {
              path: organisatie ? 'organisatie' : 'praktijk',
              message: 'Er loopt al een aanvraag of u beheert deze fiche al.',
            },
          ],
        },
        req.t,
      )
    }
  }
  return data
}
