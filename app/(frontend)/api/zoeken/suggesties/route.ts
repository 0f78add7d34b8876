// GET /api/zoeken/suggesties?q=...: completions for the search box while typing.
import config from '@payload-config'
import { getPayload } from 'payload'

import { searchSuggestions } from '@/search/service'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q') ?? ''
  if (q.length > 100)
    return Response.json(
      { errors: [{ field: 'q', message: 'q mag hoogstens 100 tekens lang zijn' }] },
      { status: 400 },
    )
  const payload = await getPayload({ config })
  return Response.json(
    { suggesties: await searchSuggestions(payload, q) },
    { headers: { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' } },
  )
}
