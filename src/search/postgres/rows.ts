// SearchDocument -> the row the PostgreSQL adapter stores. The words are folded here with the same
// documentLexemes() the query side mirrors and stored as they are (array_to_tsvector: no parser, no
// stemming), with compound parts under their own marker ('~zorgcentrum') so that only the words a
// searcher typed, never their synonyms, reach into compounds (see tsquery.ts).
import { COMPOUND_MARKER, documentLexemes, documentLexemesOf, normaliseTerm } from '../query'
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
  /** Every searchable word, and the compound parts with their marker. */
  lexemes: string[]
  /** Ranking words: the name (weight A) and what the fiche is (weight B). */
  rang_a: string
  rang_b: string
  facet_keys: number[]
  beroep_termen: string[]
  lat: number | null
  lon: number | null
  week_open: string | null
  special_days: number[] | null
  special_open: string | null
}

/** '{[0,60),[120,180)}': the text form of an int4multirange. */
export function multirange(ranges: readonly [number, number][]): string {
  return `{${ranges.map(([a, b]) => `[${a},${b})`).join(',')}}`
}

function schedule(value: EncodedSchedule | null) {
  if (!value) return { week_open: null, special_days: null, special_open: null }
  return {
    week_open: multirange(value.weekRanges),
    special_days: value.specialDays,
    special_open: multirange(value.specialRanges),
  }
}

const words = (...texts: (string | null | undefined)[]) => documentLexemesOf(texts)

export function toRow(document: SearchDocument): DocumentRow {
  const naam = words(document.naam)
  const wat = words(
    ...document.rubrieken.map((r) => r.naam),
    ...document.beroepLabels,
    document.parentNaam,
    ...document.zorgverlenerNamen,
  )
  const rest = words(
    ...document.rubriekNamen,
    ...document.doelgroepLabels,
    ...document.gemeenten,
    ...document.postcodes,
    document.adres?.straat,
    document.beschrijving,
  )
  return {
    id: document.id,
    type: document.type,
    doc_id: document.docId,
    naam_sort: normaliseTerm(document.naam),
    naam_norm: naam.join(' '),
    // The stored copy is for showing hits: the encoded hours and compound parts live in their own
    // columns and would only double the row (they are half of a typical document).
    document: { ...document, schedule: null, compoundDelen: [] },
    lexemes: [
      ...new Set([
        ...naam,
        ...wat,
        ...rest,
        ...document.compoundDelen.map((part) => `${COMPOUND_MARKER}${part}`),
      ]),
    ],
    rang_a: naam.join(' '),
    rang_b: wat.join(' '),
    facet_keys: facetKeys(document),
    // The words of a profession's label, so 'huisarts' ranks zorgverleners who are huisarts first.
    beroep_termen: [
      ...new Set(
        document.beroepLabels.flatMap((label) => documentLexemes(label).flatMap(singularForms)),
      ),
    ],
    lat: document.locatie?.lat ?? null,
    lon: document.locatie?.lon ?? null,
    ...schedule(document.schedule),
  }
}
