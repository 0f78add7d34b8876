// "Waar": what a searcher types in the location box (a municipality, a deelgemeente or a postcode)
// resolved to a filter. A municipality filters on its NIS code; a postcode is a smaller area than
// its municipality (2140 Borgerhout is part of Antwerpen), so it searches around its own centre.
import { lookupPostcode, municipalityByNis, municipalitiesInScope, vergelijkbareNaam } from '@/domain/geo'

export type Plaats = {
  /** What to show in the box and the chip: 'Gent', '2140 Borgerhout'. */
  label: string
  /** The municipality to filter on when there is no radius. */
  nis: string | null
  centrum: { lat: number; lon: number }
  /** A postcode has no municipality filter: it searches this radius around its centre by default. */
  standaardStraalKm: number | null
}

export const POSTCODE_STANDAARD_STRAAL_KM = 5

function vanPostcode(postcode: string): Plaats | null {
  const plaatsen = lookupPostcode(postcode)
  const hoofd = plaatsen.find((p) => p.hoofdplaats) ?? plaatsen[0]
  if (!hoofd) return null
  return {
    label: `${postcode} ${hoofd.plaatsnaam}`,
    nis: null,
    centrum: { lat: hoofd.lat, lon: hoofd.lon },
    standaardStraalKm: POSTCODE_STANDAARD_STRAAL_KM,
  }
}

let plaatsnamen: Map<string, Plaats> | null = null

// Municipalities in scope by Dutch and French name; deelgemeenten ('Borgerhout', 'Wondelgem') by their
// place name, searched around their own centre like a postcode.
function index(): Map<string, Plaats> {
  if (plaatsnamen) return plaatsnamen
  const map = new Map<string, Plaats>()
  for (const gemeente of municipalitiesInScope()) {
    const plaats: Plaats = { label: gemeente.naam, nis: gemeente.nis, centrum: { lat: gemeente.lat, lon: gemeente.lon }, standaardStraalKm: null }
    map.set(vergelijkbareNaam(gemeente.naam), plaats)
    if (!map.has(vergelijkbareNaam(gemeente.naamFr))) map.set(vergelijkbareNaam(gemeente.naamFr), plaats)
  }
  plaatsnamen = map
  return map
}

let deelgemeenten: Map<string, Plaats> | null = null
function deelgemeenteIndex(): Map<string, Plaats> {
  if (deelgemeenten) return deelgemeenten
  const map = new Map<string, Plaats>()
  for (const postcode of allePostcodes()) {
    for (const p of lookupPostcode(postcode)) {
      const key = vergelijkbareNaam(p.plaatsnaam)
      if (!map.has(key)) {
        map.set(key, { label: `${p.plaatsnaam} (${p.gemeenteNaam})`, nis: null, centrum: { lat: p.lat, lon: p.lon }, standaardStraalKm: POSTCODE_STANDAARD_STRAAL_KM })
      }
    }
  }
  deelgemeenten = map
  return map
}

// All Belgian postcodes 1000-9999 that exist; looked up once for the deelgemeente names.
function allePostcodes(): string[] {
  const result: string[] = []
  for (let code = 1000; code <= 9999; code++) if (lookupPostcode(String(code)).length > 0) result.push(String(code))
  return result
}

/** The place for what was typed, or null when it is not a known municipality, place or postcode. */
export function resolvePlaats(tekst: string): Plaats | null {
  const invoer = tekst.trim()
  if (invoer === '') return null
  const postcode = /^(\d{4})\b/.exec(invoer)?.[1]
  if (postcode) return vanPostcode(postcode)
  const key = vergelijkbareNaam(invoer)
  return index().get(key) ?? deelgemeenteIndex().get(key) ?? null
}

/** Municipality names in scope, for the location box's suggestions. */
export function plaatsSuggesties(): string[] {
  return municipalitiesInScope().map((g) => g.naam).sort((a, b) => a.localeCompare(b, 'nl'))
}

/** Dutch name of a municipality by NIS code, for facet labels. */
export function gemeenteNaam(nis: string): string {
  return municipalityByNis(nis)?.naam ?? nis
}
