import { blokkenOpDatum } from './day-schedule'
import { dagVanDatum, lokaleTijd, lokaleTijdNaarMoment, plusDagen } from './calendar'
import { MINUTEN_PER_DAG } from './time'
import type { Dag, Openingsuren } from './types'

export const STANDAARD_TIJDZONE = 'Europe/Brussels'

const HORIZON_DAGEN = 14

/**
 * Whether the place is open at an instant, judged by the wall clock in `timeZone`. A block that runs
 * past midnight belongs to the day it starts: Saturday 22:00-02:00 still runs into a Sunday that is a
 * closed holiday, because it is Saturday night's opening.
 */
export function isOpenAt(input: Openingsuren, at: Date, timeZone: string = STANDAARD_TIJDZONE): boolean {
  const { datum, minuten } = lokaleTijd(at, timeZone)
  if (blokkenOpDatum(input, datum).some((b) => b.start <= minuten && minuten < b.eind)) return true
  const gisteren = plusDagen(datum, -1)
  const nu = minuten + MINUTEN_PER_DAG
  return blokkenOpDatum(input, gisteren).some((b) => b.start <= nu && nu < b.eind)
}

export type VolgendeOpening = { at: Date; dag: Dag; opent: string }

/**
 * The next moment a block starts, at or after `at`, within 14 days; null when there is none (closed
 * for a long period, or no hours at all). A block already running is not "next": callers show
 * "nu open" with isOpenAt first.
 */
export function nextOpening(
  input: Openingsuren,
  at: Date,
  timeZone: string = STANDAARD_TIJDZONE,
): VolgendeOpening | null {
  const grens = at.getTime() + HORIZON_DAGEN * MINUTEN_PER_DAG * 60_000
  const vandaag = lokaleTijd(at, timeZone).datum
  for (let i = 0; i <= HORIZON_DAGEN; i++) {
    const datum = plusDagen(vandaag, i)
    for (const blok of blokkenOpDatum(input, datum)) {
      const moment = lokaleTijdNaarMoment(datum, blok.start, timeZone)
      if (moment.getTime() > grens) return null
      if (moment.getTime() >= at.getTime()) return { at: moment, dag: dagVanDatum(datum), opent: blok.opent }
    }
  }
  return null
}
