import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { currentUser } from '@/accounts/session'
import type { User } from '@/payload-types'

/** The logged-in user of this page request, or a redirect to the login form that comes back here. */
export async function requireUser(back: string): Promise<User> {
  const payload = await getPayload({ config })
  const user = await currentUser(payload, await headers())
  if (!user) redirect(`/account/aanmelden?volgende=${encodeURIComponent(back)}`)
  return user
}
