import type { Access, DataFromCollectionSlug, Where } from 'payload'

import type { FicheDocument, ParentCollection } from '@/fiches/documents'
import type { Organisatie, Praktijk } from '@/payload-types'

import { getManagedFiches, type ManagedFiches } from '@/accounts/managed-fiches'
import { hasRole, isAdminUser, regioIdsOf } from '@/accounts/roles'

const activeOnly: Where = { status: { equals: 'actief' } }

const inRegios = (regios: number[]): Where[] => (regios.length ? [{ regio: { in: regios } }] : [])

const managedIds = (managed: ManagedFiches, collection: ParentCollection): Where[] =>
  managed[collection].length ? [{ id: { in: managed[collection] } }] : []

/** Visitors read active fiches; the people who manage a fiche also read it while pending or stopped. */
export const readFiche =
  <S extends ParentCollection>(collection: S): Access<DataFromCollectionSlug<S>> =>
  async ({ req }) => {
    if (isAdminUser(req.user)) return true
    if (!req.user) return activeOnly
    const managed = await getManagedFiches(req)
    return {
      or: [activeOnly, ...inRegios(regioIdsOf(req.user)), ...managedIds(managed, collection)],
    }
  }

/** Only the regional team and admins create organisaties; region scope is checked once the address is known. */
export const createOrganisatie: Access<Partial<Organisatie>> = ({ req: { user } }) =>
  hasRole(user, 'admin', 'regiobeheerder')

/** A zorgverlener may also register its own praktijk (journey D); it starts "in aanvraag". */
export const createPraktijk: Access<Partial<Praktijk>> = ({ req: { user } }) =>
  hasRole(user, 'admin', 'regiobeheerder', 'zorgverlener')

export const updateFiche =
  <S extends ParentCollection>(collection: S): Access<DataFromCollectionSlug<S>> =>
  async ({ req }) => {
    if (isAdminUser(req.user)) return true
    if (!req.user) return false
    const managed = await getManagedFiches(req)
    const scopes = [...inRegios(regioIdsOf(req.user)), ...managedIds(managed, collection)]
    return scopes.length ? { or: scopes } : false
  }

/** Fichebeheerders never delete; the regional team deletes within its regions. */
export const deleteFiche: Access<FicheDocument> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  const regios = regioIdsOf(user)
  return regios.length ? { regio: { in: regios } } : false
}
