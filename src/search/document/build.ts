// A fiche's rows -> the SearchDocument both engines index. Pure. Decides what is public: only active
// fiches (and aanbod of an active parent) are indexed, and only fields a searcher may see.
import {
  beroepen as beroepOpties,
  doelgroepen as doelgroepOpties,
  labelFor,
} from '@/domain/vocabulary'
import type { Openingsuren } from '@/domain/openingsuren'

import { compoundParts } from '../query/compounds'
import type { SearchDocument } from '../types'
import { lexicalToText } from './lexical-text'
import { encodeSchedule } from './schedule'
import type { AdresSource, FicheSource, RubriekInfo } from './source'

export const ACTIEF = 'actief'

/** The rubrieken and all their ancestors, each once; a cycle in bad data cannot loop forever. */
export function withAncestors(
  ids: readonly number[],
  rubrieken: ReadonlyMap<number, RubriekInfo>,
): number[] {
  const result = new Set<number>()
  for (const id of ids) {
    let current: number | null = id
    while (current !== null && rubrieken.has(current) && !result.has(current)) {
      result.add(current)
      current = rubrieken.get(current)?.parentId ?? null
    }
  }
  return [...result]
}

function primairAdres(adressen: readonly AdresSource[]): AdresSource | null {
  return adressen.find((a) => a.primair) ?? adressen[0] ?? null
}

const uniek = <T>(values: readonly (T | null | undefined)[]): T[] => [
  ...new Set(values.filter((v): v is T => v !== null && v !== undefined && v !== '')),
]

/** The document for a fiche, or null when it must not be in the index (stopped, pending, or its parent is). */
export function buildSearchDocument(
  bron: FicheSource,
  rubrieken: ReadonlyMap<number, RubriekInfo>,
  vandaag: string,
): SearchDocument | null {
  if (bron.status !== ACTIEF) return null
  const ouder = bron.organisatie ?? bron.praktijk ?? null
  if (bron.type === 'aanbod' && ouder && ouder.status !== ACTIEF) return null

  // Aanbod without an address of its own is found at its parent's.
  const adressen = bron.adressen.length > 0 ? bron.adressen : (ouder?.adressen ?? [])
  const primair = primairAdres(adressen)
  const metCoordinaten =
    adressen.find((a) => a.primair && a.lat !== null && a.lon !== null) ??
    adressen.find((a) => a.lat !== null && a.lon !== null)

  const direct = bron.rubriekIds.filter((id) => rubrieken.has(id))
  const rubriekIds = withAncestors(direct, rubrieken)
  const beroepen = uniek(bron.beroepen)
  const doelgroepen = uniek(bron.doelgroepen)
  const zorgverlenerNamen = uniek(bron.zorgverleners.map((z) => z.naam))
  const rubriekNamen = rubriekIds.map((id) => rubrieken.get(id)?.naam ?? '')
  const beroepLabels = beroepen.map((b) => labelFor(beroepOpties, b))
  const parentNaam = ouder?.naam ?? null

  const uren = bron.openingsuren
  const heeftUren = uren && (uren.weekschema.length > 0 || uren.uitzonderingen.length > 0)

  return {
    id: `${bron.type}:${bron.id}`,
    type: bron.type,
    docId: bron.id,
    naam: bron.naam,
    parentNaam,
    parentType: bron.organisatie ? 'organisatie' : bron.praktijk ? 'praktijk' : null,
    parentId: ouder?.id ?? null,
    zorgverlenerNamen,
    rubrieken: direct.map((id) => ({ id, naam: rubrieken.get(id)?.naam ?? '' })),
    rubriekIds,
    rubriekNamen,
    beroepen,
    beroepLabels,
    doelgroepen,
    doelgroepLabels: doelgroepen.map((d) => labelFor(doelgroepOpties, d)),
    beschrijving: lexicalToText(bron.beschrijving),
    adres: primair
      ? {
          straat: primair.straat,
          huisnummer: primair.huisnummer,
          bus: primair.bus,
          postcode: primair.postcode,
          gemeente: primair.gemeente ?? '',
        }
      : null,
    postcodes: uniek(adressen.map((a) => a.postcode)),
    gemeenten: uniek(adressen.map((a) => a.gemeente)),
    nisCodes: uniek(adressen.map((a) => a.nis)),
    locatie: metCoordinaten
      ? { lat: Number(metCoordinaten.lat), lon: Number(metCoordinaten.lon) }
      : null,
    openingsuren: heeftUren ? uren : null,
    schedule: heeftUren ? encodeSchedule(uren as Openingsuren, vandaag) : null,
    // Names and categories only: tails of every description word would swamp the index for little gain.
    compoundDelen: compoundParts(bron.naam, parentNaam ?? '', ...rubriekNamen, ...beroepLabels),
    regioId: bron.regioId,
    bijgewerkt: bron.updatedAt,
  }
}
