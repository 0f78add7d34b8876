import type { Access, PayloadRequest, Where } from 'payload'

import type { Aanbod } from '@/payload-types'

import { getManagedFiches } from '@/accounts/managed-fiches'
import { isAdminUser, regioIdsOf } from '@/accounts/roles'
import { idOf } from '@/utilities/id-of'

/** What a logged-in user manages of aanbod: its region's, or the aanbod of the fiches it manages. */
const manageScopes = async (req: PayloadRequest): Promise<Where[]> => {
  const managed = await getManagedFiches(req)
  const regios = regioIdsOf(req.user)
  const scopes: Where[] = []
  if (regios.length) scopes.push({ regio: { in: regios } })
  if (managed.organisaties.length) scopes.push({ organisatie: { in: managed.organisaties } })
  if (managed.praktijken.length) scopes.push({ praktijk: { in: managed.praktijken } })
  return scopes
}

export const readAanbod: Access<Aanbod> = async ({ req }) => {
  if (isAdminUser(req.user)) return true
  const active: Where = { status: { equals: 'actief' } }
  if (!req.user) return active
  return { or: [active, ...(await manageScopes(req))] }
}

/**
 * A fichebeheerder adds aanbod only to a fiche it manages; a regiobeheerder anywhere in its
 * regions (checked by the regio hook once the parent is known).
 */
export const createAanbod: Access<Partial<Aanbod>> = async ({ req, data }) => {
  if (isAdminUser(req.user)) return true
  if (!req.user) return false
  if (regioIdsOf(req.user).length) return true
  const managed = await getManagedFiches(req)
  const organisatie = idOf(data?.organisatie)
  const praktijk = idOf(data?.praktijk)
  if (organisatie !== null) return managed.organisaties.includes(organisatie)
  if (praktijk !== null) return managed.praktijken.includes(praktijk)
  // No parent at all: let validation answer with a 400 that names the missing parent.
  return managed.organisaties.length + managed.praktijken.length > 0
}

export const updateAanbod: Access<Aanbod> = async ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!req.user) return false
  const scopes = await manageScopes(req)
  return scopes.length ? { or: scopes } : false
}
