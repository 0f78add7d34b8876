// Data cache for the pages whose route is static (home, the handleidingen index): Next would
// prerender those at build time, when there is no database, so they render per request from data
// kept here, tagged with their path. The revalidation route expires that tag with the path.
import { unstable_cache } from 'next/cache'

export const pageTag = (pad: string) => `pagina:${pad}`

export function cachedForPage<T>(pad: string, lees: () => Promise<T>): () => Promise<T> {
  return unstable_cache(lees, ['pagina', pad], { tags: [pageTag(pad)], revalidate: 3600 })
}
