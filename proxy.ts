import { NextResponse, type NextRequest } from 'next/server'

import { ficheStatus } from '@/fiches/status'
import type { FicheSoort } from '@/domain/fiche-url'

const COOKIE = 'payload-lng'
const FICHE = /^\/(aanbod|organisaties|praktijken|zorgverleners)\/(?:[^/]*-)?(\d{1,9})\/?$/
const SOORT: Record<string, FicheSoort> = { aanbod: 'aanbod', organisaties: 'organisatie', praktijken: 'praktijk', zorgverleners: 'zorgverlener' }

/**
 * The admin speaks Dutch unless the user picked another language in its account settings:
 * Payload would otherwise follow the browser's Accept-Language, and most browsers here say "en".
 */
function adminInDutch(request: NextRequest) {
  if (request.cookies.has(COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'nl')
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(COOKIE, 'nl', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

/** A stopped fiche answers 410 Gone with a page that says so (app/(frontend)/fiche-gestopt). */
async function stoppedFiche(request: NextRequest) {
  const match = FICHE.exec(request.nextUrl.pathname)
  const soort = match ? SOORT[match[1]!] : undefined
  if (!match || !soort) return NextResponse.next()
  try {
    if ((await ficheStatus(soort, Number(match[2]))) !== 'stopgezet') return NextResponse.next()
  } catch {
    // Without the database the page itself will say what is wrong; never block a fiche on this.
    return NextResponse.next()
  }
  return NextResponse.rewrite(new URL(`/fiche-gestopt?soort=${soort}&id=${match[2]}`, request.url))
}

export async function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/admin') ? adminInDutch(request) : stoppedFiche(request)
}

export const config = {
  matcher: ['/admin/:path*', '/aanbod/:path*', '/organisaties/:path*', '/praktijken/:path*', '/zorgverleners/:path*'],
}
