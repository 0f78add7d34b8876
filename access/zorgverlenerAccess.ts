import type { Access, Where } from 'payload'

import { hasRole, isAdminUser, regioIdsOf } from './roles'

const ownOrRegion = (user: NonNullable<Parameters<Access>[0]['req']['user']>): Where[] => {
  const regios = regioIdsOf(user)
  return [{ account: { equals: user.id } }, ...(regios.length ? [{ regio: { in: regios } }] : [])]
}

export const readZorgverlener: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  const active: Where = { status: { equals: 'actief' } }
  if (!user) return active
  return { or: [active, ...ownOrRegion(user)] }
}

/** A zorgverlener whose fiche is not online yet creates it (journey B); it is linked to its account. */
export const createZorgverlener: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'regiobeheerder', 'zorgverlener')

export const updateZorgverlener: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!user) return false
  return { or: ownOrRegion(user) }
}
