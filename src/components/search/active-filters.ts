// Every active part of a search as a removable item: the chips show them, and "Geen resultaten"
// offers the same removals as ways to find something.
import type { Plaats } from '@/search/location'
import type { ZoekParams } from '@/search/params'

import { formatMoment } from './format'
import { FILTER_TITELS, type FilterLabels, type FilterSleutel } from './labels'
import { zonderLocatie } from './links'

export type ActieveFilter = { sleutel: string; label: string; zonder: Partial<ZoekParams> }

const LIJSTEN: FilterSleutel[] = ['type', 'rubriek', 'gemeente', 'doelgroep', 'beroep']

export function actieveFilters(params: ZoekParams, plaats: Plaats | null, labels: FilterLabels): ActieveFilter[] {
  const filters: ActieveFilter[] = []
  const binnen = params.afstand !== null ? ` (binnen ${params.afstand} km)` : ''
  const mijnLocatie = params.lat !== null && params.lon !== null
  if (params.q) filters.push({ sleutel: 'q', label: `Tekst: “${params.q}”`, zonder: { q: '' } })
  if (mijnLocatie) filters.push({ sleutel: 'mijnLocatie', label: `Mijn locatie${binnen}`, zonder: zonderLocatie(params, 'mijnLocatie') })
  // "My location" wins over a typed place: then the place is not used, but it is still in the URL.
  if (params.waar && plaats) {
    filters.push({ sleutel: 'waar', label: `Waar: ${plaats.label}${mijnLocatie ? ' (niet gebruikt: mijn locatie gaat voor)' : binnen}`, zonder: zonderLocatie(params, 'waar') })
  }
  if (params.afstand !== null && !mijnLocatie && !params.waar) {
    filters.push({ sleutel: 'afstand', label: `Binnen ${params.afstand} km`, zonder: { afstand: null } })
  }
  for (const sleutel of LIJSTEN) {
    for (const waarde of params[sleutel] as (string | number)[]) {
      filters.push({
        sleutel: `${sleutel}-${waarde}`,
        label: `${FILTER_TITELS[sleutel]}: ${labels[sleutel](String(waarde))}`,
        zonder: { [sleutel]: (params[sleutel] as (string | number)[]).filter((v) => v !== waarde) },
      })
    }
  }
  if (params.open) filters.push({ sleutel: 'open', label: params.moment ? `Open op ${formatMoment(params.moment)}` : 'Nu open', zonder: { open: false, moment: null } })
  return filters
}
