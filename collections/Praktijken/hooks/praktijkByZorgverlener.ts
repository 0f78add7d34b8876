import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { hasRole } from '@/accounts/roles'
import type { Praktijk } from '@/payload-types'

const isSelfService = (user: PayloadRequest['user']) =>
  Boolean(user) && hasRole(user, 'zorgverlener') && !hasRole(user, 'admin', 'regiobeheerder')

/** A praktijk that a zorgverlener registers waits for the regional team before visitors see it. */
export const praktijkByZorgverlener: CollectionBeforeChangeHook<Praktijk> = ({
  data,
  operation,
  req,
}) => {
  if (operation === 'create' && isSelfService(req.user)) data.status = 'in_aanvraag'
  return data
}

/** ...and its creator manages it from the start, so it can complete the fiche and add aanbod. */
export const zorgverlenerManagesOwnPraktijk: CollectionAfterChangeHook<Praktijk> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || !isSelfService(req.user) || !req.user) return doc
  await req.payload.create({
    collection: 'fichebeheer',
    data: {
      gebruiker: req.user.id,
      praktijk: doc.id,
      status: 'goedgekeurd',
      motivatie: 'Praktijk aangemaakt door deze zorgverlener.',
    },
    overrideAccess: true,
    req,
    context: { systemWrite: true },
  })
  return doc
}
