import { NextResponse, type NextRequest } from 'next/server'

import { beslisFicheAdres, ficheUitPad } from '@/domain/fiche-adres'
import { ficheStand } from '@/fiches/status'

const COOKIE = 'payload-lng'

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

/**
 * Fiche pages are cached: the current state decides first whether the cached page may answer.
 * A stopped fiche gets 410 Gone (app/(frontend)/fiche-gestopt), an unknown or unpublished one 404,
 * an outdated name a permanent redirect to the current address.
 */
async function fiche(request: NextRequest) {
  const adres = ficheUitPad(request.nextUrl.pathname)
  if (!adres) return NextResponse.next()
  let stand
  try {
    stand = await ficheStand(adres.soort, adres.id)
  } catch {
    // Without the database the page itself will say what is wrong; never block a fiche on this.
    return NextResponse.next()
  }
  const besluit = beslisFicheAdres(adres, stand)
  switch (besluit.actie) {
    case 'tonen':
      return NextResponse.next()
    case 'gestopt':
      return NextResponse.rewrite(new URL(`/fiche-gestopt?soort=${besluit.soort}&id=${besluit.id}`, request.url))
    case 'onbekend':
      return NextResponse.rewrite(new URL('/fiche-onbekend', request.url))
    case 'doorverwijzen':
      return NextResponse.redirect(new URL(besluit.naar + request.nextUrl.search, request.url), 308)
  }
}

export async function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/admin') ? adminInDutch(request) : fiche(request)
}

export const config = {
  matcher: ['/admin/:path*', '/aanbod/:path*', '/organisaties/:path*', '/praktijken/:path*', '/zorgverleners/:path*'],
}
