// Where the admin's preview and live preview open a handleiding or FAQ item: through /voorbeeld,
// which checks that the viewer is a redacteur before it switches Next's draft mode on.
import { getConfig } from '@/config'

export type PreviewCollection = 'handleidingen' | 'faq'

type Aanvraag = { headers: Headers } | null | undefined

/** The site's origin as the admin sees it: the configured address, else the request's host. */
export function origin(req: Aanvraag): string {
  const configured = getConfig().serverUrl
  if (configured) return configured
  const host = req?.headers.get('x-forwarded-host') ?? req?.headers.get('host')
  if (!host) return ''
  const proto =
    req?.headers.get('x-forwarded-proto') ??
    (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
}

/** The public page that shows a document: a handleiding by its slug, an FAQ item at its anchor. */
export function publicPath(
  collectie: PreviewCollection,
  doc: { id?: number | string | null; slug?: string | null },
): string | null {
  if (collectie === 'handleidingen')
    return doc.slug ? `/handleidingen/${encodeURIComponent(doc.slug)}` : null
  return doc.id != null ? `/faq#vraag-${doc.id}` : '/faq'
}

/** The preview address for the admin: absolute, because the live preview posts messages to its origin. */
export function previewUrl(
  collectie: PreviewCollection,
  doc: { id?: number | string | null; slug?: string | null },
  req: Aanvraag,
): string {
  const params = new URLSearchParams({ collectie })
  if (collectie === 'handleidingen' && doc.slug) params.set('slug', doc.slug)
  if (collectie === 'faq' && doc.id != null) params.set('id', String(doc.id))
  return `${origin(req)}/voorbeeld?${params}`
}
