import { parse } from 'csv-parse/sync'

import { distanceKm, gemeentenInScope, type Gemeente } from '@/domain/geo'
import { readDomainDataFile } from '@/domain/geo/data-file'
import { defaultRegioForGemeente } from '@/domain/regios'

import { WeightedTable, type Rng } from './prng'
import { STREETS } from './names'

export type Place = { postcode: string; plaatsnaam: string; lat: number; lon: number }

/** An address as an editor types it: the hooks add the NIS code, coordinates and region. */
export type AdresInput = {
  straat: string
  huisnummer: string
  bus?: string | null
  postcode: string
  gemeente: string
  lat?: number
  lon?: number
  primair: boolean
}

type Index = {
  gemeenten: readonly Gemeente[]
  perNis: Map<string, Gemeente>
  plaatsenPerNis: Map<string, Place[]>
  gewogen: WeightedTable<Gemeente>
}

let index: Index | null = null

function laad(): Index {
  if (index) return index
  const gemeenten = gemeentenInScope()
  const perNis = new Map(gemeenten.map((g) => [g.nis, g]))
  const rijen = parse<Record<string, string>>(readDomainDataFile('be-postcodes-2025.csv'), {
    columns: true,
    skip_empty_lines: true,
  })
  const plaatsenPerNis = new Map<string, Place[]>()
  for (const r of rijen) {
    // Special postcodes (companies, sorting centres like "Antwerpen X") have no street addresses.
    if (
      r.is_special_postcode === '1' ||
      / X$/.test(r.place_name) ||
      !perNis.has(r.municipality_nis)
    )
      continue
    const lijst = plaatsenPerNis.get(r.municipality_nis) ?? []
    lijst.push({
      postcode: r.postcode,
      plaatsnaam: r.place_name,
      lat: Number(r.lat),
      lon: Number(r.lon),
    })
    plaatsenPerNis.set(r.municipality_nis, lijst)
  }
  for (const lijst of plaatsenPerNis.values())
    lijst.sort(
      (a, b) => a.postcode.localeCompare(b.postcode) || a.plaatsnaam.localeCompare(b.plaatsnaam),
    )
  const metPlaatsen = gemeenten.filter((g) => plaatsenPerNis.has(g.nis))
  index = {
    gemeenten: metPlaatsen,
    perNis,
    plaatsenPerNis,
    // Bigger municipalities have more care providers.
    gewogen: new WeightedTable(metPlaatsen, (g) => g.inwoners2020 ?? 5000),
  }
  return index
}

export function seedGemeenten(): readonly Gemeente[] {
  return laad().gemeenten
}

export function seedGemeenteByNis(nis: string): Gemeente {
  const g = laad().perNis.get(nis)
  if (!g) throw new Error(`Onbekende gemeente ${nis}`)
  return g
}

/** A municipality of Flanders or Brussels, weighted by its population. */
export function pickGemeente(rng: Rng): Gemeente {
  return laad().gewogen.pick(rng)
}

/** The first municipality whose Dutch name matches (for the fixed examples). */
export function gemeenteByName(naam: string): Gemeente {
  const g = laad().gemeenten.find((x) => x.naam === naam)
  if (!g) throw new Error(`Onbekende gemeente ${naam}`)
  return g
}

export function placesOf(nis: string): Place[] {
  return laad().plaatsenPerNis.get(nis) ?? []
}

const regioCache = new Map<string, string>()

/** Regio code (defaultRegios) of a municipality. */
export function regioCodeOf(nis: string): string {
  let code = regioCache.get(nis)
  if (code === undefined) {
    code = defaultRegioForGemeente(nis) ?? 'onbekend'
    regioCache.set(nis, code)
  }
  return code
}

const burenCache = new Map<string, string[]>()

/** Other municipalities by distance from this one, nearest first. */
export function neighbours(nis: string): string[] {
  let lijst = burenCache.get(nis)
  if (!lijst) {
    const g = seedGemeenteByNis(nis)
    lijst = laad()
      .gemeenten.filter((x) => x.nis !== nis)
      .map((x) => ({ nis: x.nis, d: distanceKm(g, x) }))
      .sort((a, b) => a.d - b.d || a.nis.localeCompare(b.nis))
      .map((x) => x.nis)
    burenCache.set(nis, lijst)
  }
  return lijst
}

const straalCache = new Map<string, string[]>()

/** Municipalities within `km` of this one (itself included), nearest first. */
export function withinRadius(nis: string, km: number, max = 40): string[] {
  const sleutel = `${nis}:${km}:${max}`
  let lijst = straalCache.get(sleutel)
  if (!lijst) {
    const g = seedGemeenteByNis(nis)
    lijst = [
      nis,
      ...neighbours(nis).filter((x) => distanceKm(g, seedGemeenteByNis(x)) <= km),
    ].slice(0, max)
    straalCache.set(sleutel, lijst)
  }
  return [...lijst]
}

export type AdresOptions = {
  plaats?: Place
  straat?: string
  huisnummer?: string
  precies?: boolean
  primair?: boolean
}

/**
 * A street address in the municipality. With `precies`, the address carries its own coordinates a
 * few hundred metres from the place centre (as if geocoded); otherwise the hooks use the centre.
 */
export function makeAdres(rng: Rng, gemeente: Gemeente, opties: AdresOptions = {}): AdresInput {
  const plaats = opties.plaats ?? rng.pick(placesOf(gemeente.nis))
  const adres: AdresInput = {
    straat: opties.straat ?? rng.pick(STREETS),
    huisnummer:
      opties.huisnummer ??
      String(rng.chance(0.8) ? rng.int(1, 120) : rng.int(121, 400)) +
        (rng.chance(0.06) ? rng.pick(['A', 'B', 'C']) : ''),
    postcode: plaats.postcode,
    gemeente: plaats.plaatsnaam,
    primair: opties.primair ?? true,
  }
  if (rng.chance(0.08)) adres.bus = String(rng.int(1, 12))
  if (opties.precies) {
    adres.lat = round6(plaats.lat + (rng.float() - 0.5) * 0.012)
    adres.lon = round6(plaats.lon + (rng.float() - 0.5) * 0.018)
  }
  return adres
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

// Belgian telephone zones follow the old arrondissements closely enough for demo data.
const ZONE_PER_ARRONDISSEMENT: Record<string, string> = {
  '11': '3',
  '12': '15',
  '13': '14',
  '21': '2',
  '23': '2',
  '24': '16',
  '31': '50',
  '32': '51',
  '33': '57',
  '34': '56',
  '35': '59',
  '36': '51',
  '37': '51',
  '38': '58',
  '41': '53',
  '42': '52',
  '43': '9',
  '44': '9',
  '45': '55',
  '46': '3',
  '71': '11',
  '72': '89',
  '73': '12',
}
const ZONE_UITZONDERINGEN: Record<string, string> = {
  '12021': '3', // Lier
  '12002': '3', // Berlaar
  '12026': '3', // Nijlen
  '24020': '13', // Diest
  '24059': '11', // Landen
  '71004': '11', // Beringen
}

/** The zone prefix without the 0, e.g. '3' for Antwerpen, '16' for Leuven, '50' for Brugge. */
export function phoneZone(nis: string): string {
  return (
    ZONE_UITZONDERINGEN[nis] ??
    ZONE_PER_ARRONDISSEMENT[seedGemeenteByNis(nis).arrondissementNis.slice(0, 2)] ??
    '2'
  )
}
