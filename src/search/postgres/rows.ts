// SearchDocument -> the row the PostgreSQL adapter stores. The texts are folded here with the same
// documentLexemes() the query side mirrors, and stored with to_tsvector('simple', ...) so PostgreSQL
// adds no stemming of its own. Weights: A name, B what it is (rubrieken, professions, parent, people),
// C where and for whom plus the description, D compound tails (exact matches only, see tsquery.ts).
import { documentLexemes, normaliseTerm } from '../query'
import { singularForms } from '../query/plurals'
import type { EncodedSchedule, SearchDocument } from '../types'
import { facetKeys } from './facet-keys'

export type DocumentRow = {
  id: string
  type: string
  doc_id: number
  naam_sort: string
  naam_norm: string
  document: SearchDocument
  a: string
  b: string
  c: string
  d: string
  /** The A and B words again, for ranking only. */
  rang_a: string
  rang_b: string
  facet_keys: number[]
  rubriek_ids: number[]
  nis_codes: string[]
  doelgroepen: string[]
  beroepen: string[]
  beroep_termen: string[]
  lat: number | null
  lon: number | null
  week_open: string | null
  special_days: number[] | null
  special_open: string | null
}

const lexemes = (...texts: (string | null | undefined)[]) => documentLexemes(texts.filter(Boolean).join(' ')).join(' ')

/** '{[0,60),[120,180)}': the text form of an int4multirange. */
export function multirange(ranges: readonly [number, number][]): string {
  return `{${ranges.map(([a, b]) => `[${a},${b})`).join(',')}}`
}

function schedule(value: EncodedSchedule | null) {
  if (!value) return { week_open: null, special_days: null, special_open: null }
  return { week_open: multirange(value.weekRanges), special_days: value.specialDays, special_open: multirange(value.specialRanges) }
}

export function toRow(document: SearchDocument): DocumentRow {
  const naam = lexemes(document.naam)
  const wat = lexemes(...document.rubrieken.map((r) => r.naam), ...document.beroepLabels, document.parentNaam, ...document.zorgverlenerNamen)
  return {
    id: document.id,
    type: document.type,
    doc_id: document.docId,
    naam_sort: normaliseTerm(document.naam),
    naam_norm: documentLexemes(document.naam).join(' '),
    // The stored copy is for showing hits: the encoded hours and compound parts live in their own
    // columns and would only double the row (they are half of a typical document).
    document: { ...document, schedule: null, compoundDelen: [] },
    a: naam,
    b: wat,
    c: lexemes(
      ...document.rubriekNamen,
      ...document.doelgroepLabels,
      ...document.gemeenten,
      ...document.postcodes,
      document.adres?.straat,
      document.beschrijving,
    ),
    d: document.compoundDelen.join(' '),
    rang_a: naam,
    rang_b: wat,
    facet_keys: facetKeys(document),
    rubriek_ids: document.rubriekIds,
    nis_codes: document.nisCodes,
    doelgroepen: document.doelgroepen,
    beroepen: document.beroepen,
    // The words of a profession's label, so 'huisarts' ranks zorgverleners who are huisarts first.
    beroep_termen: [...new Set(document.beroepLabels.flatMap((label) => documentLexemes(label).flatMap(singularForms)))],
    lat: document.locatie?.lat ?? null,
    lon: document.locatie?.lon ?? null,
    ...schedule(document.schedule),
  }
}
