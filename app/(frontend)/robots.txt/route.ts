import { siteUrl } from '@/seo/site-url'

// Crawlers may read the public pages; the admin and the API are not pages, and endless search
// combinations are left to the sitemap's fiches.
export const dynamic = 'force-dynamic'

export function GET(request: Request): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /zoeken?',
    '',
    `Sitemap: ${siteUrl(request)}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
