import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The very first account sets the platform up, so it must be able to manage everyone else. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
