import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves the preview: the draft cookie goes, and the visitor returns to the page (on this site only). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const terug = new URL(request.url).searchParams.get('terug') ?? '/'
  redirect(/^\/(?![/\\])/.test(terug) ? terug : '/')
}
