// The search result as the public sees it (the JSON API and the page): links, labels, "nu open",
// distances. Built from the SearchDocument only, so both engines give the same answer.
import { FICHE_LABEL, ficheUrl } from '@/domain/fiche-url'
import { isOpenAt, nextOpening, type Openingsuren } from '@/domain/openingsuren'
import { beroepen, doelgroepen, labelFor } from '@/domain/vocabulary'

import { gemeenteName } from './location'
import type { RubriekRow } from './rubriek-tree'
import type { FacetCount, FicheType, SearchHit, SearchResult } from './types'

export const TYPE_LABELS: Readonly<Record<FicheType, string>> = FICHE_LABEL

export type PublicResult = {
  id: string
  type: FicheType
  typeLabel: string
  naam: string
  url: string
  ouder: { type: 'organisatie' | 'praktijk'; naam: string; url: string } | null
  zorgverleners: string[]
  rubrieken: { id: number; naam: string }[]
  beroepen: string[]
  doelgroepen: string[]
  adres: {
    straat: string
    huisnummer: string
    bus: string | null
    postcode: string
    gemeente: string
  } | null
  locatie: { lat: number; lon: number } | null
  afstandKm: number | null
  /** null when the fiche has no opening hours. */
  nuOpen: boolean | null
  /** When it opens next, if closed now and known (ISO). */
  opentOm: string | null
  beschrijving: string
}

export type FacetValue = FacetCount & { label: string }

export type PublicFacets = {
  type: FacetValue[]
  rubriek: FacetValue[]
  gemeente: FacetValue[]
  doelgroep: FacetValue[]
  beroep: FacetValue[]
  nuOpen: number
}

const samenvatting = (tekst: string) =>
  tekst.length > 220 ? `${tekst.slice(0, 217).replace(/\s+\S*$/, '')}…` : tekst

export function presentHit(hit: SearchHit, at: Date): PublicResult {
  const d = hit.document
  const uren = d.openingsuren as Openingsuren | null
  const open = uren ? isOpenAt(uren, at) : null
  return {
    id: d.id,
    type: d.type,
    typeLabel: TYPE_LABELS[d.type],
    naam: d.naam,
    url: ficheUrl(d.type, d.docId, d.naam),
    ouder:
      d.parentType && d.parentId !== null && d.parentNaam
        ? {
            type: d.parentType,
            naam: d.parentNaam,
            url: ficheUrl(d.parentType, d.parentId, d.parentNaam),
          }
        : null,
    zorgverleners: d.zorgverlenerNamen,
    rubrieken: d.rubrieken,
    beroepen: d.beroepLabels,
    doelgroepen: d.doelgroepLabels,
    adres: d.adres,
    locatie: d.locatie,
    afstandKm: hit.afstandKm,
    nuOpen: open,
    opentOm: uren && open === false ? (nextOpening(uren, at)?.at.toISOString() ?? null) : null,
    beschrijving: samenvatting(d.beschrijving),
  }
}

export function presentFacets(
  facets: SearchResult['facets'],
  rubrieken: readonly RubriekRow[],
): PublicFacets {
  const rubriekNaam = new Map(rubrieken.map((r) => [String(r.id), r.naam]))
  const label = (counts: FacetCount[], of: (value: string) => string) =>
    counts.map((c) => ({ ...c, label: of(c.value) }))
  return {
    type: label(facets.type, (v) => TYPE_LABELS[v as FicheType] ?? v),
    rubriek: label(facets.rubriek, (v) => rubriekNaam.get(v) ?? v),
    gemeente: label(facets.gemeente, gemeenteName),
    doelgroep: label(facets.doelgroep, (v) => labelFor(doelgroepen, v)),
    beroep: label(facets.beroep, (v) => labelFor(beroepen, v)),
    nuOpen: facets.nuOpen,
  }
}
