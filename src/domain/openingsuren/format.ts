import { publicHoliday } from '../holidays'
import { parseTime } from './time'
import { DAG_NAMES, DAGEN, type Uitzondering, type WeekSlot } from './types'
import { dagOfDate, isValidDate } from './calendar'

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
      .sort((a, b) => (parseTime(a.opent) ?? 0) - (parseTime(b.opent) ?? 0))
    if (blokken.length === 0) {
      if (toonGesloten) regels.push(`${DAG_NAMES[dag]} gesloten`)
      continue
    }
    regels.push(`${DAG_NAMES[dag]} ${blokken.map((b) => blokTekst(b.opent, b.sluit)).join(', ')}`)
  }
  return regels
}

/** 'woensdag 24 december 2025' */
export function formatDate(datum: string): string {
  if (!isValidDate(datum)) return datum
  const [jaar, maand, dag] = datum.split('-').map(Number)
  return `${DAG_NAMES[dagOfDate(datum)]} ${dag} ${MAANDEN[maand - 1]} ${jaar}`
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
          .sort((a, b) => (parseTime(a.opent) ?? 0) - (parseTime(b.opent) ?? 0))
          .map((r) => blokTekst(r.opent!, r.sluit!))
          .join(', ')
    const toelichting =
      rijen.find((r) => r.omschrijving?.trim())?.omschrijving?.trim() ?? publicHoliday(datum)?.name
    return `${formatDate(datum)}: ${uren}${toelichting ? ` (${toelichting})` : ''}`
  })
}
