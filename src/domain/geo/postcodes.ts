import { parse } from 'csv-parse/sync'

import { readDomainDataFile } from './data-file'
import type { GewestCode } from './gemeenten'

/** One place (deelgemeente or main place) that a Belgian postcode serves. */
export type PostcodePlace = {
  postcode: string
  /** Name of the place, e.g. 'Borgerhout' for 2140 */
  plaatsnaam: string
  /** 2025 NIS code of the municipality the place belongs to */
  gemeenteNis: string
  /** Dutch name of that municipality */
  gemeenteNaam: string
  gemeenteNaamFr: string
  /** true for the place that gives the municipality its name */
  hoofdplaats: boolean
  /** ISO 3166-2 province code; null in Brussels */
  provincieIso: string | null
  gewestCode: GewestCode
  lat: number
  lon: number
}

type PostcodeRij = Record<
  | 'postcode'
  | 'place_name'
  | 'municipality_nis'
  | 'municipality_nl'
  | 'municipality_fr'
  | 'is_main_place'
  | 'province_iso'
  | 'region_code'
  | 'lat'
  | 'lon',
  string
>

let cache: ReadonlyMap<string, readonly PostcodePlace[]> | null = null

function laad(): ReadonlyMap<string, readonly PostcodePlace[]> {
  if (cache) return cache
  const rijen = parse<PostcodeRij>(readDomainDataFile('be-postcodes-2025.csv'), {
    columns: true,
    skip_empty_lines: true,
  })
  const perPostcode = new Map<string, PostcodePlace[]>()
  for (const r of rijen) {
    const plaats: PostcodePlace = Object.freeze({
      postcode: r.postcode,
      plaatsnaam: r.place_name,
      gemeenteNis: r.municipality_nis,
      gemeenteNaam: r.municipality_nl,
      gemeenteNaamFr: r.municipality_fr,
      hoofdplaats: r.is_main_place === '1',
      provincieIso: r.province_iso || null,
      gewestCode: r.region_code as GewestCode,
      lat: Number(r.lat),
      lon: Number(r.lon),
    })
    const lijst = perPostcode.get(r.postcode) ?? []
    lijst.push(plaats)
    perPostcode.set(r.postcode, lijst)
  }
  // Main place first, so a postcode without a place name resolves to where people expect it.
  for (const lijst of perPostcode.values()) {
    lijst.sort((a, b) => Number(b.hoofdplaats) - Number(a.hoofdplaats))
    Object.freeze(lijst)
  }
  cache = perPostcode
  return cache
}

/** The places a postcode serves (main place first); empty when the postcode does not exist. */
export function lookupPostcode(postcode: string): PostcodePlace[] {
  // A copy, so a caller sorting or filtering the result cannot change the cache.
  return [...(laad().get(postcode.trim()) ?? [])]
}

export function isKnownPostcode(postcode: string): boolean {
  return laad().has(postcode.trim())
}
