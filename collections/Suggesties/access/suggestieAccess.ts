import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Suggestie } from '@/payload-types'

import { getManagedFiches } from '@/accounts/managed-fiches'
import { isAdminUser, regioIdsOf } from '@/accounts/roles'

/**
 * Who handles a suggestion: the regional team of the fiche's region, the fichebeheerders of the
 * organisatie or praktijk it concerns, and the zorgverlener whose own fiche it is.
 */
const behandelaarScopes = async (req: PayloadRequest): Promise<Where[]> => {
  const user = req.user
  if (!user || user.collection !== 'users') return []
  const managed = await getManagedFiches(req)
  const regios = regioIdsOf(user)
  const scopes: Where[] = [{ 'zorgverlener.account': { equals: user.id } }]
  if (regios.length) scopes.push({ regio: { in: regios } })
  if (managed.organisaties.length) scopes.push({ organisatie: { in: managed.organisaties } })
  if (managed.praktijken.length) scopes.push({ praktijk: { in: managed.praktijken } })
  return scopes
}

/** The handlers see the suggestions on their fiches; a sender sees its own. Nobody else any. */
export const readSuggestie: Access<Suggestie> = async ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!req.user) return false
  return { or: [{ afzender: { equals: req.user.id } }, ...(await behandelaarScopes(req))] }
}

/** Changing a suggestion is handling it: its state and the answer to the sender. */
export const updateSuggestie: Access<Suggestie> = async ({ req }) => {
  if (isAdminUser(req.user)) return true
  const scopes = await behandelaarScopes(req)
  return scopes.length ? { or: scopes } : false
}

/** Suggestions come in through the public form (src/suggesties), which checks for abuse first. */
export const createSuggestie: Access<Partial<Suggestie>> = ({ req: { user } }) => isAdminUser(user)

/** What the sender wrote stays as written. */
export const onlyOnCreate: { create: FieldAccess<Suggestie>; update: FieldAccess<Suggestie> } = {
  create: () => true,
  update: () => false,
}
