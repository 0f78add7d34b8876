import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@access/roles'

/**
 * A zorgverlener that creates its own fiche (its fiche was not online yet) gets it linked to its
 * account, pending the regional team's check of the RIZIV data.
 */
export const zorgverlenerOwnFiche: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const user = req.user
  if (operation !== 'create' || !user || hasRole(user, 'admin', 'regiobeheerder')) return data
  data.account = user.id
  data.status = 'in_aanvraag'
  return data
}
