import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { getManagedFiches } from '@access/managedFiches'
import { hasRole, isAdminUser, regioIdsOf } from '@access/roles'
import { idOf } from '@access/idOf'

type OtherGround = (args: { req: PayloadRequest; data: Record<string, unknown>; originalDoc?: Record<string, unknown> }) => Promise<boolean> | boolean

/**
 * Collection access limits a regiobeheerder to fiches already in its regions; this closes the two
 * gaps access cannot see: creating a fiche elsewhere, and moving one out of the region by its address.
 * Runs after deriveRegio. `otherGround` names the rights that do not depend on the region.
 */
export const guardRegioScope =
  (otherGround: OtherGround = () => false): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const user = req.user
    if (!user || isAdminUser(user) || req.context?.systemWrite) return data
    if (await otherGround({ req, data, originalDoc })) return data
    if (!hasRole(user, 'regiobeheerder')) return data
    const regio = idOf(data.regio)
    if (regio !== null && regioIdsOf(user).includes(regio)) return data
    throw new APIError(
      regio === null
        ? 'Deze fiche ligt niet in een gekende regio: geef een adres in een gemeente van uw regio.'
        : 'Deze fiche ligt buiten uw regio: u kunt alleen fiches in uw eigen regio aanmaken of ernaartoe verplaatsen.',
      403,
      undefined,
      true,
    )
  }

/** A fichebeheerder's rights follow the fiche, wherever its address is. */
export const managesFiche =
  (collection: 'organisaties' | 'praktijken'): OtherGround =>
  async ({ req, originalDoc }) => {
    if (!originalDoc?.id) return false
    const managed = await getManagedFiches(req)
    return managed[collection].includes(Number(originalDoc.id))
  }

export const managesParentOf: OtherGround = async ({ req, data, originalDoc }) => {
  const managed = await getManagedFiches(req)
  const organisatie = idOf(data.organisatie ?? originalDoc?.organisatie)
  const praktijk = idOf(data.praktijk ?? originalDoc?.praktijk)
  return (
    (organisatie !== null && managed.organisaties.includes(organisatie)) ||
    (praktijk !== null && managed.praktijken.includes(praktijk))
  )
}
