import { getConfig } from '@/config'

/** The public address of the site, for absolute URLs in sitemaps: the configured one, else the request's. */
export function siteUrl(request: Request): string {
  const configured = getConfig().serverUrl
  if (configured) return configured
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')
  return `${proto}://${host}`
}
