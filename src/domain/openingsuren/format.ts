import { publicHoliday } from '../holidays'
import { parseTijd } from './time'
import { DAG_NAMEN, DAGEN, type Uitzondering, type WeekSlot } from './types'
import { dagVanDatum, isGeldigeDatum } from './calendar'

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

function blokTekst(opent: string, sluit: string): string {
  return `${opent}–${sluit}`
}

/**
 * One Dutch line per day, Monday first: 'maandag 09:00–12:00, 13:00–17:00'. Days without blocks read
 * 'zondag gesloten' unless `toonGesloten` is false, so a reader does not wonder whether they were forgotten.
 */
export function formatWeekschema(
  slots: readonly WeekSlot[] | null | undefined,
  opties: { toonGesloten?: boolean } = {},
): string[] {
  const toonGesloten = opties.toonGesloten ?? true
  const regels: string[] = []
  for (const dag of DAGEN) {
    const blokken = (slots ?? [])
      .filter((s) => s.dag === dag)
      .sort((a, b) => (parseTijd(a.opent) ?? 0) - (parseTijd(b.opent) ?? 0))
    if (blokken.length === 0) {
      if (toonGesloten) regels.push(`${DAG_NAMEN[dag]} gesloten`)
      continue
    }
    regels.push(`${DAG_NAMEN[dag]} ${blokken.map((b) => blokTekst(b.opent, b.sluit)).join(', ')}`)
  }
  return regels
}

/** 'woensdag 24 december 2025' */
export function formatDatum(datum: string): string {
  if (!isGeldigeDatum(datum)) return datum
  const [jaar, maand, dag] = datum.split('-').map(Number)
  return `${DAG_NAMEN[dagVanDatum(datum)]} ${dag} ${MAANDEN[maand - 1]} ${jaar}`
}

/**
 * One line per exception date: 'donderdag 25 december 2025: gesloten (Kerstmis)'. Several blocks on
 * one date are joined; the description, or else the holiday name, goes between brackets.
 */
export function formatUitzonderingen(items: readonly Uitzondering[] | null | undefined): string[] {
  const perDatum = new Map<string, Uitzondering[]>()
  for (const item of items ?? []) {
    perDatum.set(item.datum, [...(perDatum.get(item.datum) ?? []), item])
  }
  return [...perDatum.keys()].sort().map((datum) => {
    const rijen = perDatum.get(datum)!
    const uren = rijen.some((r) => r.gesloten)
      ? 'gesloten'
      : rijen
          .filter((r) => r.opent && r.sluit)
          .sort((a, b) => (parseTijd(a.opent) ?? 0) - (parseTijd(b.opent) ?? 0))
          .map((r) => blokTekst(r.opent!, r.sluit!))
          .join(', ')
    const toelichting = rijen.find((r) => r.omschrijving?.trim())?.omschrijving?.trim() ?? publicHoliday(datum)?.name
    return `${formatDatum(datum)}: ${uren}${toelichting ? ` (${toelichting})` : ''}`
  })
}
