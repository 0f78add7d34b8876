import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'

import { hasRole } from '@/accounts/roles'
import type { User } from '@/payload-types'

/**
 * The redacteur previewing drafts, or null. Both are needed: Next's draft mode (switched on by
 * /voorbeeld after the same check) and, on every request, a logged-in redacteur or admin. A draft
 * cookie left behind after logging out, or passed to someone else, shows nothing but published content.
 */
export async function previewRedacteur(): Promise<User | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user && hasRole(user, 'redacteur', 'admin') ? user : null
}
