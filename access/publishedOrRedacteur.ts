import type { Access } from 'payload'

import type { FaqItem, Handleiding } from '@/payload-types'

import { hasRole } from '@/accounts/roles'

/** Visitors see only published content; drafts stay with the content team. */
export const publishedOrRedacteur: Access<Handleiding | FaqItem> = ({ req: { user } }) => {
  if (hasRole(user, 'redacteur', 'admin')) return true
  return { _status: { equals: 'published' } }
}
