import type { PayloadRequest } from 'payload'

/**
 * The address links in mails point to. NEXT_PUBLIC_SERVER_URL when set (required in production:
 * otherwise a forged Host header could make a reset link point elsewhere), else the host the
 * request came in on, else the local default.
 */
export function siteBase(req?: Pick<PayloadRequest, 'headers' | 'context'>): string {
  const configured = process.env.NEXT_PUBLIC_SERVER_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  const fromContext = req?.context?.siteBase
  if (typeof fromContext === 'string' && fromContext) return fromContext
  const host = req?.headers?.get?.('x-forwarded-host') ?? req?.headers?.get?.('host')
  if (host) return `${req?.headers?.get?.('x-forwarded-proto') ?? 'http'}://${host}`
  return `http://localhost:${process.env.PORT ?? 3000}`
}

export const accountLink = (req: Pick<PayloadRequest, 'headers' | 'context'> | undefined, path: string, params: Record<string, string> = {}) => {
  const url = new URL(path, `${siteBase(req)}/`)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}
