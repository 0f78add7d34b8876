// GET /api/zoeken: the public JSON search API, with exactly the parameters of the /zoeken page
// (documented in the README). Invalid parameters give 400 with every field and reason.
import config from '@payload-config'
import { getPayload } from 'payload'

import { runSearch } from '@/search/service'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const payload = await getPayload({ config })
  const result = await runSearch(payload, url.searchParams)
  if (result.parsed.fouten.length > 0) {
    return Response.json({ errors: result.parsed.fouten }, { status: 400 })
  }
  return Response.json(
    {
      query: Object.fromEntries(
        [...new Set(url.searchParams.keys())].map((k) => [
          k,
          url.searchParams.getAll(k).length > 1
            ? url.searchParams.getAll(k)
            : url.searchParams.get(k),
        ]),
      ),
      total: result.total,
      page: result.page,
      perPage: result.perPage,
      pages: result.pages,
      plaats: result.parsed.plaats,
      verbeteringen: result.verbeteringen,
      resultaten: result.resultaten,
      facetten: result.facetten,
    },
    { headers: { 'Cache-Control': 'public, max-age=30', 'Access-Control-Allow-Origin': '*' } },
  )
}
