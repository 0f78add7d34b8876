// Recent search results kept in memory, per process. The searches people repeat most are the broad
// ones ('huisarts', a rubriek of the tree), which are also the slowest to count and rank exactly
// (tests/bench/search.ts). Every index change moves the generation and empties the cache, so a
// result is never older than the index it came from (give or take a second across processes).
import type { SearchEngine, SearchQuery, SearchResult } from '../types'
import type { Generation } from './generation'

export type CacheOptions = {
  maxEntries?: number
  maxAgeMs?: number
  /** After the index changed, recompute this many of the most asked searches in the background (0: off). */
  warmTop?: number
  /** At most one warm-up per this many milliseconds, however often the index changes. */
  warmIntervalMs?: number
}

/** The query as a stable key; "open at" counts to the minute, as the opening hours do. */
export function cacheKey(query: SearchQuery): string {
  const sorted = <T>(values: readonly T[] | undefined) =>
    values ? [...values].map(String).sort() : undefined
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

export function withResultCache(
  engine: SearchEngine,
  generation: Generation,
  options: CacheOptions = {},
): SearchEngine {
  const maxEntries = options.maxEntries ?? 500
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000
  const warmTop = options.warmTop ?? 10
  const warmIntervalMs = options.warmIntervalMs ?? 10_000
  const entries = new Map<string, { at: number; result: SearchResult }>()
  // How often each search was asked: the most asked are recomputed after a change, so that the
  // searches most people make stay fast even while editors are at work.
  const asked = new Map<string, { query: SearchQuery; count: number }>()
  let cachedGeneration: string | null = null
  let warmTimer: ReturnType<typeof setTimeout> | null = null
  let lastWarm = 0

  const sync = (current: string) => {
    if (current === cachedGeneration) return false
    entries.clear()
    cachedGeneration = current
    return true
  }
  const store = (key: string, result: SearchResult) => {
    entries.set(key, { at: Date.now(), result })
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
  }

  const warmUp = async () => {
    const current = await generation.current()
    sync(current)
    const top = [...asked.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, warmTop)
    for (const [key, { query }] of top) {
      if (entries.has(key)) continue
      const result = await engine.search(query)
      if (cachedGeneration !== current) return
      store(key, result)
    }
  }
  const scheduleWarmUp = () => {
    if (warmTop <= 0 || warmTimer) return
    warmTimer = setTimeout(
      () => {
        warmUp()
          .catch(() => undefined)
          .finally(() => {
            warmTimer = null
            lastWarm = Date.now()
          })
      },
      Math.max(0, lastWarm + warmIntervalMs - Date.now()),
    )
    // Never keeps a script or test process alive.
    warmTimer.unref?.()
  }

  const changed = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work
    entries.clear()
    await generation.bump()
    scheduleWarmUp()
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
      // Another process changed the index: start over, and bring the most asked back.
      if (sync(current) && asked.size > 0) scheduleWarmUp()
      const key = cacheKey(query)
      // "Open now" answers change by the minute, so they are kept but not worth recomputing.
      if (!query.openOp) {
        const seen = asked.get(key)
        asked.set(key, { query, count: (seen?.count ?? 0) + 1 })
        if (asked.size > 5 * maxEntries) asked.delete(asked.keys().next().value as string)
      }
      const hit = entries.get(key)
      if (hit && Date.now() - hit.at < maxAgeMs) {
        // Most recently used last: the first entry is the one to drop when full.
        entries.delete(key)
        entries.set(key, hit)
        return hit.result
      }
      const result = await engine.search(query)
      if (cachedGeneration === current) store(key, result)
      return result
    },
  }
}
