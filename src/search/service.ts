// One search, from URL parameters to what the page and the JSON API show. Pages and the API call
// this; it reads through the SearchEngine port only (and the rubriek names from Payload).
import type { Payload } from 'payload'

import { lowerAscii } from '@/domain/ascii'
import { ficheUrl } from '@/domain/fiche-url'

import { getSearchEngine } from './engine'
import { parseSearchParams, type Parsed } from './params'
import { presentFacets, presentHit, type PublicFacets, type PublicResult } from './present'
import { rubriekTree, type RubriekTreeNode, type RubriekRow } from './rubriek-tree'
import type { Suggestion } from './types'

export type SearchResponse = {
  parsed: Parsed
  total: number
  page: number
  perPage: number
  pages: number
  resultaten: PublicResult[]
  facetten: PublicFacets
  rubriekenBoom: RubriekTreeNode[]
  verbeteringen: { van: string; naar: string }[]
}

let rubriekCache: { at: number; rows: RubriekRow[] } | null = null
const RUBRIEK_CACHE_MS = 60_000

/** All rubrieken (a few hundred), cached for a minute: their names label facets and the tree. */
export async function allRubrieken(payload: Payload): Promise<RubriekRow[]> {
  if (rubriekCache && Date.now() - rubriekCache.at < RUBRIEK_CACHE_MS) return rubriekCache.rows
  const { docs } = await payload.find({
    collection: 'rubrieken',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { code: true, naam: true, parent: true },
  })
  const rows = docs.map((d) => ({
    id: d.id,
    code: d.code,
    naam: d.naam,
    parentId: typeof d.parent === 'object' && d.parent ? d.parent.id : (d.parent ?? null),
  }))
  rubriekCache = { at: Date.now(), rows }
  return rows
}

export async function runSearch(
  payload: Payload,
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<SearchResponse> {
  const parsed = parseSearchParams(input, now)
  const [result, rubrieken] = await Promise.all([
    getSearchEngine(payload).search(parsed.query),
    allRubrieken(payload),
  ])
  const at = parsed.query.openOp ?? now
  // The tree is for the page only: built when read, so the JSON API (and its cached answers) skip it.
  let boom: RubriekTreeNode[] | undefined
  return {
    parsed,
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    pages: Math.max(1, Math.ceil(result.total / result.perPage)),
    resultaten: result.hits.map((hit) => presentHit(hit, at)),
    facetten: presentFacets(result.facets, rubrieken),
    get rubriekenBoom() {
      return (boom ??= rubriekTree(rubrieken, result.facets.rubriek))
    },
    verbeteringen: result.verbeteringen,
  }
}

/** Suggestions while typing: rubrieken whose name starts with a typed word, then fiche names. */
export async function searchSuggestions(
  payload: Payload,
  tekst: string,
  limit = 8,
): Promise<(Suggestion & { url?: string })[]> {
  const woorden = tekst.trim()
  if (woorden.length < 2) return []
  const needle = lowerAscii(woorden)
  const [fiches, rubrieken] = await Promise.all([
    getSearchEngine(payload).suggest(woorden, limit),
    allRubrieken(payload),
  ])
  const rubriekHits = rubrieken
    .filter(
      (r) =>
        lowerAscii(r.naam)
          .split(/[^a-z0-9]+/)
          .some((w) => w.startsWith(needle)) || lowerAscii(r.naam).startsWith(needle),
    )
    .slice(0, 3)
    .map((r): Suggestion & { url?: string } => ({
      tekst: r.naam,
      soort: 'rubriek',
      url: `/zoeken?rubriek=${r.id}`,
    }))
  const ficheHits = fiches.map((s) => ({
    ...s,
    url: s.type && s.docId ? ficheUrl(s.type, s.docId, s.tekst) : undefined,
  }))
  return [...rubriekHits, ...ficheHits].slice(0, limit)
}
