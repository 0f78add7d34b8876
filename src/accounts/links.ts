import type { PayloadRequest } from 'payload'

import { getConfig } from '@/config'

/**
 * The address links in mails point to. NEXT_PUBLIC_SERVER_URL when set (required in production:
 * otherwise a forged Host header could make a reset link point elsewhere), else the host the
 * request came in on, else the local default.
 */
export function siteBase(req?: Pick<PayloadRequest, 'headers' | 'context'>): string {
  const configured = getConfig().serverUrl
  if (configured) return configured
  const fromContext = req?.context?.siteBase
  if (typeof fromContext === 'string' && fromContext) return fromContext
  const host = req?.headers?.get?.('x-forwarded-host') ?? req?.headers?.get?.('host')
  if (host) return `${req?.headers?.get?.('x-forwarded-proto') ?? 'http'}://${host}`
  return `http://localhost:${getConfig().port}`
}

export const accountLink = (
  req: Pick<PayloadRequest, 'headers' | 'context'> | undefined,
  path: string,
  params: Record<string, string> = {},
) => {
  const url = new URL(path, `${siteBase(req)}/`)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}
