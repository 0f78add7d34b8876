// Every facet value of a document as one integer in one array, so PostgreSQL counts all facets in a
// single pass (one unnest, one integer GROUP BY) instead of five passes over text arrays. The ranges
// do not overlap: type 1-9, doelgroep 100+, beroep 1000+, municipality 100000 + NIS (NIS codes are
// five digits), rubriek 1000000 + id.
import { beroepen, doelgroepen } from '@/domain/vocabulary'

import { FICHE_TYPES, type FicheType, type SearchDocument, type SearchFacets } from '../types'

const TYPE_BASE = 1
const DOELGROEP_BASE = 100
const BEROEP_BASE = 1_000
const GEMEENTE_BASE = 100_000
const RUBRIEK_BASE = 1_000_000

const doelgroepIndex = new Map(doelgroepen.map((d, i) => [d.value, i]))
const beroepIndex = new Map(beroepen.map((b, i) => [b.value, i]))

export function facetKeys(document: SearchDocument): number[] {
  const keys = [TYPE_BASE + FICHE_TYPES.indexOf(document.type)]
  for (const d of document.doelgroepen) if (doelgroepIndex.has(d)) keys.push(DOELGROEP_BASE + doelgroepIndex.get(d)!)
  for (const b of document.beroepen) if (beroepIndex.has(b)) keys.push(BEROEP_BASE + beroepIndex.get(b)!)
  for (const nis of document.nisCodes) if (/^\d{5}$/.test(nis)) keys.push(GEMEENTE_BASE + Number(nis))
  for (const id of document.rubriekIds) keys.push(RUBRIEK_BASE + id)
  return [...new Set(keys)]
}

type Facet = Exclude<keyof SearchFacets, 'nuOpen'>

/** The facet and value a key stands for; null for a key this version does not know. */
export function decodeFacetKey(key: number): { facet: Facet; value: string } | null {
  if (key >= RUBRIEK_BASE) return { facet: 'rubriek', value: String(key - RUBRIEK_BASE) }
  if (key >= GEMEENTE_BASE) return { facet: 'gemeente', value: String(key - GEMEENTE_BASE).padStart(5, '0') }
  if (key >= BEROEP_BASE) {
    const beroep = beroepen[key - BEROEP_BASE]
    return beroep ? { facet: 'beroep', value: beroep.value } : null
  }
  if (key >= DOELGROEP_BASE) {
    const doelgroep = doelgroepen[key - DOELGROEP_BASE]
    return doelgroep ? { facet: 'doelgroep', value: doelgroep.value } : null
  }
  const type: FicheType | undefined = FICHE_TYPES[key - TYPE_BASE]
  return type ? { facet: 'type', value: type } : null
}
