// "Waar": what a searcher types in the location box (a municipality, a deelgemeente or a postcode)
// resolved to a filter. A municipality filters on its NIS code; a postcode is a smaller area than
// its municipality (2140 Borgerhout is part of Antwerpen), so it searches around its own centre.
import { lookupPostcode, gemeenteByNis, gemeentenInScope, comparableName } from '@/domain/geo'

export type Place = {
  /** What to show in the box and the chip: 'Gent', '2140 Borgerhout'. */
  label: string
  /** The municipality to filter on when there is no radius. */
  nis: string | null
  centrum: { lat: number; lon: number }
  /** A postcode has no municipality filter: it searches this radius around its centre by default. */
  standaardStraalKm: number | null
}

export const POSTCODE_DEFAULT_RADIUS_KM = 5

function vanPostcode(postcode: string): Place | null {
  const plaatsen = lookupPostcode(postcode)
  const hoofd = plaatsen.find((p) => p.hoofdplaats) ?? plaatsen[0]
  if (!hoofd) return null
  return {
    label: `${postcode} ${hoofd.plaatsnaam}`,
    nis: null,
    centrum: { lat: hoofd.lat, lon: hoofd.lon },
    standaardStraalKm: POSTCODE_DEFAULT_RADIUS_KM,
  }
}

let plaatsnamen: Map<string, Place> | null = null

// Municipalities in scope by Dutch and French name; deelgemeenten ('Borgerhout', 'Wondelgem') by their
// place name, searched around their own centre like a postcode.
function index(): Map<string, Place> {
  if (plaatsnamen) return plaatsnamen
  const map = new Map<string, Place>()
  for (const gemeente of gemeentenInScope()) {
    const plaats: Place = {
      label: gemeente.naam,
      nis: gemeente.nis,
      centrum: { lat: gemeente.lat, lon: gemeente.lon },
      standaardStraalKm: null,
    }
    map.set(comparableName(gemeente.naam), plaats)
    if (!map.has(comparableName(gemeente.naamFr))) map.set(comparableName(gemeente.naamFr), plaats)
  }
  plaatsnamen = map
  return map
}

let deelgemeenten: Map<string, Place> | null = null
function deelgemeenteIndex(): Map<string, Place> {
  if (deelgemeenten) return deelgemeenten
  const map = new Map<string, Place>()
  for (const postcode of allePostcodes()) {
    for (const p of lookupPostcode(postcode)) {
      const key = comparableName(p.plaatsnaam)
      if (!map.has(key)) {
        map.set(key, {
          label: `${p.plaatsnaam} (${p.gemeenteNaam})`,
          nis: null,
          centrum: { lat: p.lat, lon: p.lon },
          standaardStraalKm: POSTCODE_DEFAULT_RADIUS_KM,
        })
      }
    }
  }
  deelgemeenten = map
  return map
}

// All Belgian postcodes 1000-9999 that exist; looked up once for the deelgemeente names.
function allePostcodes(): string[] {
  const result: string[] = []
  for (let code = 1000; code <= 9999; code++)
    if (lookupPostcode(String(code)).length > 0) result.push(String(code))
  return result
}

/** The place for what was typed, or null when it is not a known municipality, place or postcode. */
export function resolvePlace(tekst: string): Place | null {
  const invoer = tekst.trim()
  if (invoer === '') return null
  const postcode = /^(\d{4})\b/.exec(invoer)?.[1]
  if (postcode) return vanPostcode(postcode)
  const key = comparableName(invoer)
  return index().get(key) ?? deelgemeenteIndex().get(key) ?? null
}

/** Municipality names in scope, for the location box's suggestions. */
export function placeSuggestions(): string[] {
  return gemeentenInScope()
    .map((g) => g.naam)
    .sort((a, b) => a.localeCompare(b, 'nl'))
}

/** Dutch name of a municipality by NIS code, for facet labels. */
export function gemeenteName(nis: string): string {
  return gemeenteByNis(nis)?.naam ?? nis
}
