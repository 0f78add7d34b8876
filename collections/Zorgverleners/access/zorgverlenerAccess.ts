import type { Access, TypedUser, Where } from 'payload'

import type { Zorgverlener } from '@/payload-types'

import { hasRole, isAdminUser, regioIdsOf } from '@/accounts/roles'

const ownOrRegion = (user: TypedUser): Where[] => {
  const regios = regioIdsOf(user)
  return [{ account: { equals: user.id } }, ...(regios.length ? [{ regio: { in: regios } }] : [])]
}

export const readZorgverlener: Access<Zorgverlener> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  const active: Where = { status: { equals: 'actief' } }
  if (!user) return active
  return { or: [active, ...ownOrRegion(user)] }
}

/** A zorgverlener whose fiche is not online yet creates it (journey B); it is linked to its account. */
export const createZorgverlener: Access<Partial<Zorgverlener>> = ({ req: { user } }) =>
  hasRole(user, 'admin', 'regiobeheerder', 'zorgverlener')

export const updateZorgverlener: Access<Zorgverlener> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!user) return false
  return { or: ownOrRegion(user) }
}
