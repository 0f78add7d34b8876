import type { Access } from 'payload'

import type { Notitie } from '@/payload-types'

/**
 * A private note belongs to one user and nobody else, the admin included: every operation is
 * limited to the notes the user owns, whatever its roles.
 */
export const ownNotitiesOnly: Access<Notitie> = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  return { eigenaar: { equals: user.id } }
}

export const loggedInWithAccount: Access<Partial<Notitie>> = ({ req: { user } }) =>
  Boolean(user && user.collection === 'users')
