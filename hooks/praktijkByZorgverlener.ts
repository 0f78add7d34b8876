import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@access/roles'

const isSelfService = (user: Parameters<CollectionBeforeChangeHook>[0]['req']['user']) =>
  Boolean(user) && hasRole(user, 'zorgverlener') && !hasRole(user, 'admin', 'regiobeheerder')

/** A praktijk that a zorgverlener registers waits for the regional team before visitors see it. */
export const praktijkByZorgverlener: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && isSelfService(req.user)) data.status = 'in_aanvraag'
  return data
}

/** ...and its creator manages it from the start, so it can complete the fiche and add aanbod. */
export const zorgverlenerManagesOwnPraktijk: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
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
