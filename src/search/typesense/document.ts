// SearchDocument <-> Typesense document. Pure: the adapter does the I/O.
import { documentLexemes, normaliseTerm } from '@/search/query'

import type { SearchDocument } from '../types'
import { SLOT_MINUTES } from './schema'

/** One document as imported into the collection (see collectionSchema). */
export type TypesenseDocument = {
  id: string
  type: SearchDocument['type']
  naam: string
  parent_naam: string
  zorgverlener_namen: string[]
  rubriek_namen: string[]
  beroep_labels: string[]
  doelgroep_labels: string[]
  gemeenten: string[]
  adres_termen: string[]
  beschrijving: string
  compound_delen: string[]
  rubriek_ids: number[]
  nis_codes: string[]
  doelgroepen: string[]
  beroepen: string[]
  locatie?: [number, number]
  naam_sort: string
  bijgewerkt: number
  week_slots: number[]
  special_days: number[]
  special_slots: number[]
  document: string
}

// Every key of SearchDocument, checked by the compiler both ways: the stored copy is built from this
// list rather than spread from the input, so a field someone adds to the object by mistake (an
// e-mail address, an internal note) never reaches the search cluster unless SearchDocument names it.
const PUBLIC_KEYS = Object.keys({
  id: true,
  type: true,
  docId: true,
  naam: true,
  parentNaam: true,
  parentType: true,
  parentId: true,
  zorgverlenerNamen: true,
  rubrieken: true,
  rubriekIds: true,
  rubriekNamen: true,
  beroepen: true,
  beroepLabels: true,
  doelgroepen: true,
  doelgroepLabels: true,
  beschrijving: true,
  adres: true,
  postcodes: true,
  gemeenten: true,
  nisCodes: true,
  locatie: true,
  openingsuren: true,
  schedule: true,
  compoundDelen: true,
  regioId: true,
  bijgewerkt: true,
} satisfies Record<keyof SearchDocument, true>) as (keyof SearchDocument)[]

function publicCopy(document: SearchDocument): SearchDocument {
  return Object.fromEntries(PUBLIC_KEYS.map((key) => [key, document[key]])) as SearchDocument
}

/**
 * Text as the query side sees it: folded ('Diëtisten' -> 'dietisten'), stop words dropped, and every
 * plural followed by its singulars, so 'dietist' in a query meets 'Diëtisten' in a fiche.
 */
export function searchText(text: string): string {
  return documentLexemes(text).join(' ')
}

const searchTexts = (texts: readonly string[]) =>
  texts.map(searchText).filter((text) => text !== '')

/** The 15-minute slots that half-open minute ranges touch: a slot is open when any minute of it is. */
export function slotsOf(ranges: readonly [number, number][]): number[] {
  const slots = new Set<number>()
  for (const [start, end] of ranges) {
    for (
      let slot = Math.floor(start / SLOT_MINUTES);
      slot <= Math.floor((end - 1) / SLOT_MINUTES);
      slot++
    )
      slots.add(slot)
  }
  return [...slots].sort((a, b) => a - b)
}

export function toTypesenseDocument(document: SearchDocument): TypesenseDocument {
  const schedule = document.schedule
  const result: TypesenseDocument = {
    id: document.id,
    type: document.type,
    naam: searchText(document.naam),
    parent_naam: searchText(document.parentNaam ?? ''),
    zorgverlener_namen: searchTexts(document.zorgverlenerNamen),
    rubriek_namen: searchTexts(document.rubriekNamen),
    beroep_labels: searchTexts(document.beroepLabels),
    doelgroep_labels: searchTexts(document.doelgroepLabels),
    gemeenten: searchTexts(document.gemeenten),
    adres_termen: searchTexts([...document.postcodes, document.adres?.straat ?? '']),
    beschrijving: searchText(document.beschrijving),
    compound_delen: searchTexts(document.compoundDelen),
    rubriek_ids: [...new Set(document.rubriekIds)],
    nis_codes: [...new Set(document.nisCodes)],
    doelgroepen: [...new Set(document.doelgroepen)],
    beroepen: [...new Set(document.beroepen)],
    naam_sort: normaliseTerm(document.naam),
    bijgewerkt: Date.parse(document.bijgewerkt) || 0,
    // A fiche without hours gets empty lists and so never matches the open-now filter.
    week_slots: slotsOf(schedule?.weekRanges ?? []),
    special_days: [...(schedule?.specialDays ?? [])],
    special_slots: slotsOf(schedule?.specialRanges ?? []),
    document: JSON.stringify(publicCopy(document)),
  }
  // Typesense rejects a null geopoint; an optional field is simply left out.
  if (document.locatie) result.locatie = [document.locatie.lat, document.locatie.lon]
  return result
}

/** The SearchDocument stored with a hit; throws when the hit lacks it (a search without include_fields). */
export function fromTypesenseDocument(stored: Record<string, unknown>): SearchDocument {
  if (typeof stored.document !== 'string')
    throw new Error(`Typesense hit ${String(stored.id)} has no stored document`)
  return JSON.parse(stored.document) as SearchDocument
}

/** Documents as the JSONL body of an import request. */
export function toJsonl(documents: readonly SearchDocument[]): string {
  return documents.map((document) => JSON.stringify(toTypesenseDocument(document))).join('\n')
}
