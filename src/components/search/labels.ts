// Names for filter values in chips, facets and "Geen resultaten": also for chosen values the current
// results no longer count (a facet only labels what it counted).
import { beroepen, doelgroepen, labelFor } from '@/domain/vocabulary'
import { gemeenteName } from '@/search/location'
import { TYPE_LABELS } from '@/search/present'
import type { RubriekRow } from '@/search/rubriek-tree'
import type { FicheType } from '@/search/types'

export type FilterKey = 'type' | 'rubriek' | 'gemeente' | 'doelgroep' | 'beroep'
export type FilterLabels = Record<FilterKey, (value: string) => string>

export const FILTER_TITLES: Record<FilterKey, string> = {
  type: 'Soort fiche',
  rubriek: 'Rubriek',
  gemeente: 'Gemeente',
  doelgroep: 'Doelgroep',
  beroep: 'Beroep',
}

export function filterLabels(rubrieken: readonly RubriekRow[]): FilterLabels {
  const rubriekNaam = new Map(rubrieken.map((r) => [String(r.id), r.naam]))
  return {
    type: (v) => TYPE_LABELS[v as FicheType] ?? v,
    rubriek: (v) => rubriekNaam.get(v) ?? `rubriek ${v}`,
    gemeente: gemeenteName,
    doelgroep: (v) => labelFor(doelgroepen, v),
    beroep: (v) => labelFor(beroepen, v),
  }
}
