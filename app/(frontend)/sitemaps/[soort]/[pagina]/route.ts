import config from '@payload-config'
import { getPayload } from 'payload'

import { poolOf } from '@/search/engine'
import { sitemapPage, ficheSoortOfPath } from '@/seo/sitemap'
import { siteUrl } from '@/seo/site-url'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ soort: string; pagina: string }> }

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { soort: pad, pagina } = await params
  const soort = ficheSoortOfPath(pad)
  const page = /^(\d{1,5})\.xml$/.exec(pagina)?.[1]
  if (!soort || !page || Number(page) < 1) return new Response('Niet gevonden', { status: 404 })
  const payload = await getPayload({ config })
  const xml = await sitemapPage(poolOf(payload), siteUrl(request), soort, Number(page))
  if (!xml) return new Response('Niet gevonden', { status: 404 })
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
