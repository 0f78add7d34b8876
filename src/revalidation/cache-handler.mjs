// Next's own page cache (memory, then .next on disk), with one addition: a page whose HTML carries
// the stopped-fiche mark (stopped-marker.ts; rendered by StoppedFiche.tsx) is stored, and so served
// from then on, with status 410 Gone. next.config.mjs names this file as `cacheHandler`.
// Plain JavaScript because Next loads it as it is, outside the bundles it builds.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

export const STOPPED_FICHE_HTML = 'data-http-status="410"'

/** The status a rendered page is cached with: 410 for a stopped fiche's page, else what Next chose. */
export function statusForPage(data) {
  if (
    data &&
    data.kind === 'APP_PAGE' &&
    typeof data.html === 'string' &&
    data.html.includes(STOPPED_FICHE_HTML)
  )
    return 410
  return data?.status
}

export default class PaginaCache extends FileSystemCache {
  async set(key, data, ctx) {
    // In place: the response to the request that rendered the page is sent from this same entry.
    if (data && data.kind === 'APP_PAGE') data.status = statusForPage(data)
    return super.set(key, data, ctx)
  }
}
