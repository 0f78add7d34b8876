import type { Access, Where } from 'payload'

import { getManagedFiches, type ManagedFiches } from './managedFiches'
import { hasRole, isAdminUser, regioIdsOf } from './roles'

type Beheerbaar = 'organisaties' | 'praktijken'

const activeOnly: Where = { status: { equals: 'actief' } }

const inRegios = (regios: number[]): Where[] => (regios.length ? [{ regio: { in: regios } }] : [])

const managedIds = (managed: ManagedFiches, collection: Beheerbaar): Where[] =>
  managed[collection].length ? [{ id: { in: managed[collection] } }] : []

/** Visitors read active fiches; the people who manage a fiche also read it while pending or stopped. */
export const readFiche =
  (collection: Beheerbaar): Access =>
  async ({ req }) => {
    if (isAdminUser(req.user)) return true
    if (!req.user) return activeOnly
    const managed = await getManagedFiches(req)
    return { or: [activeOnly, ...inRegios(regioIdsOf(req.user)), ...managedIds(managed, collection)] }
  }

/** Only the regional team and admins create organisaties; region scope is checked once the address is known. */
export const createOrganisatie: Access = ({ req: { user } }) => hasRole(user, 'admin', 'regiobeheerder')

/** A zorgverlener may also register its own praktijk (journey D); it starts "in aanvraag". */
export const createPraktijk: Access = ({ req: { user } }) => hasRole(user, 'admin', 'regiobeheerder', 'zorgverlener')

export const updateFiche =
  (collection: Beheerbaar): Access =>
  async ({ req }) => {
    if (isAdminUser(req.user)) return true
    if (!req.user) return false
    const managed = await getManagedFiches(req)
    const scopes = [...inRegios(regioIdsOf(req.user)), ...managedIds(managed, collection)]
    return scopes.length ? { or: scopes } : false
  }

/** Fichebeheerders never delete; the regional team deletes within its regions. */
export const deleteFiche: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  const regios = regioIdsOf(user)
  return regios.length ? { regio: { in: regios } } : false
}
