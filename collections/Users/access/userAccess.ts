import type { Access } from 'payload'

import type { User } from '@/payload-types'

import { isAdminUser } from '@/accounts/roles'

/** Users read and change only themselves; admins everyone. */
export const adminOrSelf: Access<User> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!user) return false
  return { id: { equals: user.id } }
}
