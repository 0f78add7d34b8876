// Names for filter values in chips, facets and "Geen resultaten": also for chosen values the current
// results no longer count (a facet only labels what it counted).
import { beroepen, doelgroepen, labelVoor } from '@/domain/vocabulary'
import { gemeenteNaam } from '@/search/location'
import { TYPE_LABELS } from '@/search/present'
import type { RubriekRij } from '@/search/rubriek-tree'
import type { FicheType } from '@/search/types'

export type FilterSleutel = 'type' | 'rubriek' | 'gemeente' | 'doelgroep' | 'beroep'
export type FilterLabels = Record<FilterSleutel, (value: string) => string>

export const FILTER_TITELS: Record<FilterSleutel, string> = {
  type: 'Soort fiche',
  rubriek: 'Rubriek',
  gemeente: 'Gemeente',
  doelgroep: 'Doelgroep',
  beroep: 'Beroep',
}

export function filterLabels(rubrieken: readonly RubriekRij[]): FilterLabels {
  const rubriekNaam = new Map(rubrieken.map((r) => [String(r.id), r.naam]))
  return {
    type: (v) => TYPE_LABELS[v as FicheType] ?? v,
    rubriek: (v) => rubriekNaam.get(v) ?? `rubriek ${v}`,
    gemeente: gemeenteNaam,
    doelgroep: (v) => labelVoor(doelgroepen, v),
    beroep: (v) => labelVoor(beroepen, v),
  }
}
