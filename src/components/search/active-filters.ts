// Every active part of a search as a removable item: the chips show them, and "Geen resultaten"
// offers the same removals as ways to find something.
import type { Place } from '@/search/location'
import type { SearchParams } from '@/search/params'

import { formatMoment } from './format'
import { FILTER_TITLES, type FilterLabels, type FilterKey } from './labels'
import { withoutLocation } from './links'

export type ActiveFilter = { sleutel: string; label: string; zonder: Partial<SearchParams> }

const LIJSTEN: FilterKey[] = ['type', 'rubriek', 'gemeente', 'doelgroep', 'beroep']

export function activeFilters(
  params: SearchParams,
  plaats: Place | null,
  labels: FilterLabels,
): ActiveFilter[] {
  const filters: ActiveFilter[] = []
  const binnen = params.afstand !== null ? ` (binnen ${params.afstand} km)` : ''
  const mijnLocatie = params.lat !== null && params.lon !== null
  if (params.q) filters.push({ sleutel: 'q', label: `Tekst: “${params.q}”`, zonder: { q: '' } })
  if (mijnLocatie)
    filters.push({
      sleutel: 'mijnLocatie',
      label: `Mijn locatie${binnen}`,
      zonder: withoutLocation(params, 'mijnLocatie'),
    })
  // "My location" wins over a typed place: then the place is not used, but it is still in the URL.
  if (params.waar && plaats) {
    filters.push({
      sleutel: 'waar',
      label: `Waar: ${plaats.label}${mijnLocatie ? ' (niet gebruikt: mijn locatie gaat voor)' : binnen}`,
      zonder: withoutLocation(params, 'waar'),
    })
  }
  if (params.afstand !== null && !mijnLocatie && !params.waar) {
    filters.push({
      sleutel: 'afstand',
      label: `Binnen ${params.afstand} km`,
      zonder: { afstand: null },
    })
  }
  for (const sleutel of LIJSTEN) {
    for (const waarde of params[sleutel] as (string | number)[]) {
      filters.push({
        sleutel: `${sleutel}-${waarde}`,
        label: `${FILTER_TITLES[sleutel]}: ${labels[sleutel](String(waarde))}`,
        zonder: { [sleutel]: (params[sleutel] as (string | number)[]).filter((v) => v !== waarde) },
      })
    }
  }
  if (params.open)
    filters.push({
      sleutel: 'open',
      label: params.moment ? `Open op ${formatMoment(params.moment)}` : 'Nu open',
      zonder: { open: false, moment: null },
    })
  return filters
}
