import type { Access, PayloadRequest, Where } from 'payload'

import type { User } from '@/payload-types'

import { getManagedFiches } from '@/accounts/managed-fiches'
import { hasRole, isAdminUser, regioIdsOf } from '@/accounts/roles'

/**
 * Users read and change only themselves; admins everyone; a regiobeheerder also the accounts that
 * ask to be linked to a zorgverlenersfiche in its regions (to decide on that, see regioOnlyDecides).
 */
export const readOrDecideAccount: Access<User> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!user) return false
  const regios = regioIdsOf(user)
  const self: Where = { id: { equals: user.id } }
  if (!regios.length) return self
  return { or: [self, { zorgverlenerRegio: { in: regios } }] }
}

/**
 * The admin panel is for people who manage something: staff, zorgverleners and fichebeheerders.
 * A burger who manages no fiche has everything on the public site and is kept out of /admin.
 */
export async function canOpenAdmin({ req }: { req: PayloadRequest }): Promise<boolean> {
  const user = req.user
  if (!user || user.collection !== 'users') return false
  if (hasRole(user, 'admin', 'regiobeheerder', 'redacteur', 'zorgverlener')) return true
  const managed = await getManagedFiches(req)
  return managed.organisaties.length + managed.praktijken.length > 0
}
