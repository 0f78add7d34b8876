import { describe, expect, it } from 'vitest'

import { withResultCache } from '@/search/cache/cached-engine'
import { Generation } from '@/search/cache/generation'
import type { SearchEngine, SearchResult } from '@/search/types'

// A database that only knows the generation counter, and an engine that counts its searches.
function fakes() {
  let generation = 0
  const db = {
    query: async (text: string) => {
      if (text.includes('INSERT INTO search_state')) generation++
      // eslint-disable-next-line no-restricted-syntax -- Queryable's rows are whatever type the caller asks for; this fake only ever has the generation row.
      return { rows: [{ generation: String(generation) }], rowCount: 1 } as never
    },
  }
  const calls: string[] = []
  const result = (tekst: string): SearchResult => ({
    total: calls.length,
    page: 1,
    perPage: 20,
    hits: [],
    facets: { type: [], rubriek: [], gemeente: [], doelgroep: [], beroep: [], nuOpen: 0 },
    verbeteringen: [{ van: tekst, naar: String(calls.length) }],
  })
  const engine: SearchEngine = {
    name: 'postgres',
    index: async () => undefined,
    remove: async () => undefined,
    reindex: async () => ({ indexed: 0 }),
    suggest: async () => [],
    health: async () => undefined,
    search: async (query) => {
      calls.push(query.tekst ?? '')
      return result(query.tekst ?? '')
    },
  }
  return { db, engine, calls }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the search result cache', () => {
  it('answers a repeated search from memory until the index changes', async () => {
    const { db, engine, calls } = fakes()
    const cached = withResultCache(engine, new Generation(db), { warmTop: 0 })
    await cached.search({ tekst: 'huisarts' })
    await cached.search({ tekst: 'huisarts' })
    expect(calls).toEqual(['huisarts'])
    await cached.index([])
    await cached.search({ tekst: 'huisarts' })
    expect(calls).toEqual(['huisarts', 'huisarts'])
  })

  it('recomputes the most asked searches in the background after a change, so they stay fast', async () => {
    const { db, engine, calls } = fakes()
    const cached = withResultCache(engine, new Generation(db), { warmTop: 1, warmIntervalMs: 0 })
    for (let i = 0; i < 3; i++) await cached.search({ tekst: 'huisarts' })
    await cached.search({ tekst: 'zeldzaam' })
    expect(calls).toEqual(['huisarts', 'zeldzaam'])
    await cached.remove(['aanbod:1'])
    await wait(20)
    // Only the most asked one was recomputed, before anyone asked for it again.
    expect(calls).toEqual(['huisarts', 'zeldzaam', 'huisarts'])
    await cached.search({ tekst: 'huisarts' })
    expect(calls).toHaveLength(3)
    await cached.search({ tekst: 'zeldzaam' })
    expect(calls).toEqual(['huisarts', 'zeldzaam', 'huisarts', 'zeldzaam'])
  })
})
