import type { TypedUser } from 'payload'

import type { User } from '@/payload-types'

/**
 * A users document as Payload expects it on `req.user` and in the Local API's `user` option.
 * Access functions tell accounts apart by `collection`, which Payload sets on the user it
 * authenticates but not on a document read with find(); this sets it whatever the source.
 */
export const asPayloadUser = (user: Omit<User, 'collection'>): TypedUser => ({
  ...user,
  collection: 'users',
})
