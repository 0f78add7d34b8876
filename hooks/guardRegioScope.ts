import {
  APIError,
  type CollectionBeforeChangeHook,
  type DataFromCollectionSlug,
  type PayloadRequest,
} from 'payload'

import { idOf } from '@/utilities/id-of'
import { getManagedFiches } from '@/accounts/managed-fiches'
import { hasRole, isAdminUser, regioIdsOf } from '@/accounts/roles'
import type { FicheDocument, ParentCollection } from '@/fiches/documents'
import type { Aanbod, Zorgverlener } from '@/payload-types'

export type OtherGround<T extends FicheDocument> = (args: {
  req: PayloadRequest
  data: Partial<T>
  originalDoc?: T
}) => Promise<boolean> | boolean

/**
 * Collection access limits a regiobeheerder to fiches already in its regions; this closes the two
 * gaps access cannot see: creating a fiche elsewhere, and moving one out of the region by its address.
 * Runs after deriveRegio. `otherGround` names the rights that do not depend on the region.
 */
export const guardRegioScope =
  <T extends FicheDocument>(
    otherGround: OtherGround<T> = () => false,
  ): CollectionBeforeChangeHook<T> =>
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
  <S extends ParentCollection>(collection: S): OtherGround<DataFromCollectionSlug<S>> =>
  async ({ req, originalDoc }) => {
    if (!originalDoc?.id) return false
    const managed = await getManagedFiches(req)
    return managed[collection].includes(Number(originalDoc.id))
  }

export const managesParentOf: OtherGround<Aanbod> = async ({ req, data, originalDoc }) => {
  const managed = await getManagedFiches(req)
  const organisatie = idOf(data.organisatie ?? originalDoc?.organisatie)
  const praktijk = idOf(data.praktijk ?? originalDoc?.praktijk)
  return (
    (organisatie !== null && managed.organisaties.includes(organisatie)) ||
    (praktijk !== null && managed.praktijken.includes(praktijk))
  )
}

/** A zorgverlener edits its own fiche wherever it is. */
export const isOwnZorgverlenerFiche: OtherGround<Zorgverlener> = ({ req, originalDoc, data }) => {
  return Boolean(req.user) && idOf(data.account ?? originalDoc?.account) === req.user?.id
}
