import type { Access } from 'payload'

import type { Lijst, Zoekopdracht } from '@/payload-types'

/**
 * Saved searches and favourites lists belong to one user and nobody else, the admin included:
 * every operation is limited to the records the user owns, whatever its roles. Others see a
 * shared one only through its share link (src/favorieten/sharing.ts), never through the API.
 */
export const ownerOnly: Access<Zoekopdracht | Lijst> = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  return { eigenaar: { equals: user.id } }
}

export const loggedInWithAccount: Access<Zoekopdracht | Lijst> = ({ req: { user } }) =>
  Boolean(user && user.collection === 'users')
