import { headers } from 'next/headers'

/** The absolute address of this site for a share link the user copies: the configured one, else this request's. */
export async function siteBasis(): Promise<string> {
  const configured = process.env.NEXT_PUBLIC_SERVER_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  const h = await headers()
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'
  return `${h.get('x-forwarded-proto') ?? 'http'}://${host}`
}
