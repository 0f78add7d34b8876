import { headers } from 'next/headers'

import { getConfig } from '@/config'

/** The absolute address of this site for a share link the user copies: the configured one, else this request's. */
export async function siteBaseUrl(): Promise<string> {
  const configured = getConfig().serverUrl
  if (configured) return configured
  const h = await headers()
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'
  return `${h.get('x-forwarded-proto') ?? 'http'}://${host}`
}
