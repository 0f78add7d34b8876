import { NextResponse, type NextRequest } from 'next/server'

const COOKIE = 'payload-lng'

/**
 * The admin speaks Dutch unless the user picked another language in its account settings:
 * Payload would otherwise follow the browser's Accept-Language, and most browsers here say "en".
 * Only the admin goes through here: fiche pages decide their own answer (410, 404, redirect) and
 * are served from the page cache without a proxy in front (tests/bench/pages.ts).
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'nl')
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(COOKIE, 'nl', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  matcher: ['/admin/:path*'],
}
