import { parse } from 'csv-parse/sync'

import { readDomainDataFile } from './data-file'

export type GewestCode = 'BE-VLG' | 'BE-BRU' | 'BE-WAL'

export type Gemeente = {
  /** 2025 NIS code (REFNIS), e.g. '11002' for Antwerpen */
  nis: string
  /** Dutch name */
  naam: string
  naamFr: string
  arrondissementNis: string
  /** ISO 3166-2 province code, e.g. 'BE-VAN'; null in Brussels, which has no province */
  provincieIso: string | null
  provincieNaam: string | null
  gewestCode: GewestCode
  inwoners2020: number | null
  hoofdpostcode: string
  lat: number
  lon: number
}

type GemeenteRij = Record<
  | 'nis'
  | 'name_nl'
  | 'name_fr'
  | 'arrondissement_code'
  | 'province_nl'
  | 'province_iso'
  | 'region_code'
  | 'population_2020'
  | 'main_postcode'
  | 'lat'
  | 'lon',
  string
>

// The social map covers Flanders and Brussels; Walloon municipalities are only known for geocoding.
const GEWESTEN_IN_SCOPE: readonly GewestCode[] = ['BE-VLG', 'BE-BRU']

let cache: { lijst: readonly Gemeente[]; perNis: ReadonlyMap<string, Gemeente> } | null = null

function laad() {
  if (cache) return cache
  const rijen = parse<GemeenteRij>(readDomainDataFile('be-municipalities-2025.csv'), {
    columns: true,
    skip_empty_lines: true,
  })
  const lijst = rijen.map((r): Gemeente =>
    Object.freeze({
      nis: r.nis,
      naam: r.name_nl,
      naamFr: r.name_fr,
      arrondissementNis: r.arrondissement_code,
      provincieIso: r.province_iso || null,
      provincieNaam: r.province_nl || null,
      gewestCode: r.region_code as GewestCode,
      inwoners2020: r.population_2020 ? Number(r.population_2020) : null,
      hoofdpostcode: r.main_postcode,
      lat: Number(r.lat),
      lon: Number(r.lon),
    }),
  )
  cache = { lijst: Object.freeze(lijst), perNis: new Map(lijst.map((g) => [g.nis, g])) }
  return cache
}

export function gemeenteByNis(nis: string): Gemeente | null {
  return laad().perNis.get(nis.trim()) ?? null
}

export function allGemeenten(): readonly Gemeente[] {
  return laad().lijst
}

/** Flemish and Brussels municipalities: the ones a fiche of this social map can be located in. */
export function gemeentenInScope(): readonly Gemeente[] {
  return laad().lijst.filter((g) => GEWESTEN_IN_SCOPE.includes(g.gewestCode))
}

export function isGemeenteInScope(nis: string): boolean {
  const gemeente = gemeenteByNis(nis)
  return gemeente !== null && GEWESTEN_IN_SCOPE.includes(gemeente.gewestCode)
}
