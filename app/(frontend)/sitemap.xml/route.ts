import config from '@payload-config'
import { getPayload } from 'payload'

import { poolOf } from '@/search/engine'
import { sitemapIndex } from '@/seo/sitemap'
import { siteUrl } from '@/seo/site-url'

// Made on request (never at build time, when there may be no database), cached by crawlers for an hour.
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const xml = await sitemapIndex(poolOf(payload), siteUrl(request))
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
