// Every facet value of a document as one integer in one array, so PostgreSQL counts all facets in a
// single pass (one unnest, one integer GROUP BY) instead of five passes over text arrays. The ranges
// do not overlap: type 1-9, doelgroep 100+, beroep 1000+, municipality 100000 + NIS (NIS codes are
// five digits), rubriek 1000000 + id. Doelgroepen and beroepen are keyed by their position in the
// vocabulary: new values are appended there; reordering it needs `npm run reindex`.
import { beroepen, doelgroepen } from '@/domain/vocabulary'

import { FICHE_TYPES, type FicheType, type SearchDocument, type SearchFacets } from '../types'

const TYPE_BASE = 1
const DOELGROEP_BASE = 100
const BEROEP_BASE = 1_000
const GEMEENTE_BASE = 100_000
const RUBRIEK_BASE = 1_000_000

const doelgroepIndex = new Map(doelgroepen.map((d, i) => [d.value, i]))
const beroepIndex = new Map(beroepen.map((b, i) => [b.value, i]))

/** The key of one facet value; null for a value the vocabulary does not know (it can match nothing). */
export const facetKey = {
  type: (type: FicheType) => TYPE_BASE + FICHE_TYPES.indexOf(type),
  doelgroep: (value: string) =>
    doelgroepIndex.has(value) ? DOELGROEP_BASE + doelgroepIndex.get(value)! : null,
  beroep: (value: string) =>
    beroepIndex.has(value) ? BEROEP_BASE + beroepIndex.get(value)! : null,
  gemeente: (nis: string) => (/^\d{5}$/.test(nis) ? GEMEENTE_BASE + Number(nis) : null),
  rubriek: (id: number) => RUBRIEK_BASE + id,
}

/** Every facet value of a document as keys; the filters match on these too (one GIN index). */
export function facetKeys(
  document: Pick<SearchDocument, 'type' | 'doelgroepen' | 'beroepen' | 'nisCodes' | 'rubriekIds'>,
): number[] {
  const keys: (number | null)[] = [
    facetKey.type(document.type),
    ...document.doelgroepen.map(facetKey.doelgroep),
    ...document.beroepen.map(facetKey.beroep),
    ...document.nisCodes.map(facetKey.gemeente),
    ...document.rubriekIds.map(facetKey.rubriek),
  ]
  return [...new Set(keys.filter((k): k is number => k !== null))]
}

type Facet = Exclude<keyof SearchFacets, 'nuOpen'>

/** The facet and value a key stands for; null for a key this version does not know. */
export function decodeFacetKey(key: number): { facet: Facet; value: string } | null {
  if (key >= RUBRIEK_BASE) return { facet: 'rubriek', value: String(key - RUBRIEK_BASE) }
  if (key >= GEMEENTE_BASE)
    return { facet: 'gemeente', value: String(key - GEMEENTE_BASE).padStart(5, '0') }
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
