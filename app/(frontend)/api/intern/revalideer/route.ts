// Internal: the sync worker (src/revalidation) asks its own server to drop the cached pages a change
// made stale. Only a caller holding the key derived from PAYLOAD_SECRET gets through.
import { revalidatePath, revalidateTag } from 'next/cache'

import { pageTag } from '@/revalidation/page-cache'
import { isValidRevalidationKey, REVALIDATION_KEY_HEADER } from '@/revalidation/key'
import { parseRevalidationRequest } from '@/revalidation/request'

export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  if (!isValidRevalidationKey(request.headers.get(REVALIDATION_KEY_HEADER))) {
    return Response.json({ errors: [{ message: 'Geen toegang' }] }, { status: 403 })
  }
  const gelezen = parseRevalidationRequest(await request.json().catch(() => undefined))
  if ('fout' in gelezen) return Response.json({ errors: [gelezen.fout] }, { status: 400 })
  // expire 0: the next visitor gets the new page, not one more stale copy.
  for (const pad of gelezen.paden) {
    revalidatePath(pad)
    revalidateTag(pageTag(pad), { expire: 0 })
  }
  for (const layout of gelezen.layouts) {
    revalidatePath(layout, 'layout')
    revalidateTag(pageTag(layout), { expire: 0 })
  }
  for (const tag of gelezen.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({
    vernieuwd: gelezen.paden.length + gelezen.layouts.length + gelezen.tags.length,
  })
}
