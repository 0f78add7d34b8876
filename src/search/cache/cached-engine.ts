// Recent search results kept in memory, per process. The searches people repeat most are the broad
// ones ('huisarts', a rubriek of the tree), which are also the slowest to count and rank exactly
// (tests/bench/search.ts). Every index change moves the generation and empties the cache, so a
// result is never older than the index it came from (give or take a second across processes).
import type { SearchEngine, SearchQuery, SearchResult } from '../types'
import type { Generation } from './generation'

export type CacheOptions = { maxEntries?: number; maxAgeMs?: number }

/** The query as a stable key; "open at" counts to the minute, as the opening hours do. */
export function cacheKey(query: SearchQuery): string {
  const sorted = <T,>(values: readonly T[] | undefined) => (values ? [...values].map(String).sort() : undefined)
  return JSON.stringify({
    t: query.tekst?.trim().toLowerCase(),
    p: query.prefix === true,
    ty: sorted(query.types),
    r: sorted(query.rubrieken),
    g: sorted(query.gemeenten),
    d: sorted(query.doelgroepen),
    b: sorted(query.beroepen),
    n: query.nabij ? [query.nabij.lat, query.nabij.lon, query.nabij.straalKm ?? null] : undefined,
    o: query.openOp ? Math.floor(query.openOp.getTime() / 60_000) : undefined,
    s: query.sort,
    pg: query.page ?? 1,
    pp: query.perPage,
  })
}

export function withResultCache(engine: SearchEngine, generation: Generation, options: CacheOptions = {}): SearchEngine {
  const maxEntries = options.maxEntries ?? 500
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000
  const entries = new Map<string, { at: number; result: SearchResult }>()
  let cachedGeneration: string | null = null

  const changed = async <T,>(work: Promise<T>): Promise<T> => {
    const result = await work
    entries.clear()
    await generation.bump()
    return result
  }

  return {
    name: engine.name,
    index: (documents) => changed(engine.index(documents)),
    remove: (ids) => changed(engine.remove(ids)),
    reindex: (batches, onProgress) => changed(engine.reindex(batches, onProgress)),
    suggest: (tekst, limit) => engine.suggest(tekst, limit),
    health: () => engine.health(),
    search: async (query) => {
      const current = await generation.current()
      if (current !== cachedGeneration) {
        entries.clear()
        cachedGeneration = current
      }
      const key = cacheKey(query)
      const hit = entries.get(key)
      if (hit && Date.now() - hit.at < maxAgeMs) {
        // Most recently used last: the first entry is the one to drop when full.
        entries.delete(key)
        entries.set(key, hit)
        return hit.result
      }
      const result = await engine.search(query)
      if (cachedGeneration === current) {
        entries.set(key, { at: Date.now(), result })
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      }
      return result
    },
  }
}
