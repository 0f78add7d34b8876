// The SearchEngine port: what pages, the JSON API, the sync worker and `npm run reindex` use. Two
// adapters implement it (postgres/, typesense/); nothing outside src/search/ imports an adapter.

import { FICHE_SOORTEN, type FicheSoort } from '@/domain/fiche-url'

export type FicheType = FicheSoort
export const FICHE_TYPES: readonly FicheType[] = FICHE_SOORTEN

/**
 * Opening hours encoded for an "open now" filter an engine can evaluate without code (see
 * src/search/document/schedule.ts): open at local minute-of-week `w` on local day `d` (days since
 * 1970-01-01) at absolute local minute `a = d * 1440 + minute` when
 *   d or d - 1 is in specialDays ? some specialRanges range holds a : some weekRanges range holds w.
 * (Equivalently: (neither is special and weekRanges holds w) or specialRanges holds a, since on
 * ordinary days the special ranges only repeat the week.)
 * Ranges are half-open [start, end).
 */
export type EncodedSchedule = {
  weekRanges: [number, number][]
  specialDays: number[]
  specialRanges: [number, number][]
}

/** One fiche as both engines index it. Only public data: built from active fiches only. */
export type SearchDocument = {
  /** `${type}:${docId}`: unique over the four collections. */
  id: string
  type: FicheType
  docId: number
  naam: string
  /** Name of the organisatie or praktijk an aanbod belongs to. */
  parentNaam: string | null
  parentType: 'organisatie' | 'praktijk' | null
  parentId: number | null
  /** The zorgverlener an aanbod is given by, or the zorgverleners working at a praktijk. */
  zorgverlenerNamen: string[]
  /** Direct rubrieken, for display. */
  rubrieken: { id: number; naam: string }[]
  /** Direct rubrieken and all their ancestors: browsing a parent rubriek finds the children's fiches. */
  rubriekIds: number[]
  /** Names of the direct rubrieken and their ancestors, searched as text. */
  rubriekNamen: string[]
  /** Profession keys (src/domain/vocabulary beroepen) and their labels. */
  beroepen: string[]
  beroepLabels: string[]
  /** Doelgroep keys and labels. */
  doelgroepen: string[]
  doelgroepLabels: string[]
  /** Plain text of the description (rich text flattened), trimmed to a bounded length. */
  beschrijving: string
  /** Primary address, for display and distance. */
  adres: {
    straat: string
    huisnummer: string
    bus: string | null
    postcode: string
    gemeente: string
  } | null
  /** Every address: postcodes, municipality names and NIS codes (the municipality facet uses NIS). */
  postcodes: string[]
  gemeenten: string[]
  nisCodes: string[]
  /** Primary coordinates; null when no address has any. */
  locatie: { lat: number; lon: number } | null
  /** Stored as entered, to render "nu open" and hours in results. Null when the fiche has no hours. */
  openingsuren: {
    weekschema: { dag: string; opent: string; sluit: string; naMiddernacht: boolean }[]
    uitzonderingen: {
      datum: string
      gesloten: boolean
      opent: string | null
      sluit: string | null
      naMiddernacht: boolean
    }[]
    feestdagen: 'gesloten' | 'normaal'
  } | null
  /** The hours encoded for filtering; null when the fiche has no hours (it is then never "nu open"). */
  schedule: EncodedSchedule | null
  /** Parts of compound words in the texts above ('woonzorgcentrum' -> 'zorgcentrum', 'centrum'). */
  compoundDelen: string[]
  regioId: number | null
  /** When the source rows were last changed (ISO), for display and diagnosis. */
  bijgewerkt: string
}

export type SortOrder = 'relevantie' | 'afstand' | 'naam'

export type SearchQuery = {
  /** Free text ("wat"); empty browses. */
  tekst?: string
  /** The last word is still being typed: match it as a prefix. */
  prefix?: boolean
  types?: FicheType[]
  /** Rubriek ids; a fiche matches when it is in the rubriek or any of its descendants. OR within. */
  rubrieken?: number[]
  /** NIS codes of municipalities; OR within. */
  gemeenten?: string[]
  doelgroepen?: string[]
  beroepen?: string[]
  /** A point and, optionally, a radius: with a radius only fiches within it; always gives distances. */
  nabij?: { lat: number; lon: number; straalKm?: number }
  /** Only fiches open at this instant. */
  openOp?: Date
  sort?: SortOrder
  /** 1-based. */
  page?: number
  perPage?: number
}

export type SearchHit = {
  document: SearchDocument
  /** Kilometres from `nabij`, when given and the fiche has coordinates. */
  afstandKm: number | null
  score: number
}

export type FacetCount = { value: string; count: number }

export type SearchFacets = {
  type: FacetCount[]
  /** Rubriek id (as string) -> count, for every level of the tree. */
  rubriek: FacetCount[]
  /** NIS code -> count. */
  gemeente: FacetCount[]
  doelgroep: FacetCount[]
  beroep: FacetCount[]
  /** How many of the results are open at `openOp` or, without it, now. */
  nuOpen: number
}

export type SearchResult = {
  total: number
  page: number
  perPage: number
  hits: SearchHit[]
  /** Counts over all results of the query (not just this page). */
  facets: SearchFacets
  /** Words the engine replaced because nothing matched them as typed ('kinesitherapuet' -> 'kinesitherapeut'). */
  verbeteringen: { van: string; naar: string }[]
}

export type Suggestion = {
  tekst: string
  soort: 'fiche' | 'rubriek'
  type?: FicheType
  docId?: number
  plaats?: string
}

export interface SearchEngine {
  readonly name: 'postgres' | 'typesense'
  /** Creates or replaces these documents. Idempotent. */
  index(documents: readonly SearchDocument[]): Promise<void>
  /** Removes documents by id (`${type}:${docId}`); unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  /** Completions for a partly typed text, best first. */
  suggest(tekst: string, limit?: number): Promise<Suggestion[]>
  /**
   * Replaces the whole index with the documents the iterator yields, while searches keep being
   * answered from the old index until the new one is complete.
   */
  reindex(
    batches: AsyncIterable<readonly SearchDocument[]>,
    onProgress?: (indexed: number) => void,
  ): Promise<{
    indexed: number
    /** Milliseconds per phase, for benchmarks. */ phases?: Record<string, number>
  }>
  /** Throws when the engine cannot be reached; used by the worker before it takes a batch. */
  health(): Promise<void>
}
