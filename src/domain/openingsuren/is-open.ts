import { blocksOnDate } from './day-schedule'
import { dagOfDate, localTime, localTimeToInstant, addDays } from './calendar'
import { MINUTES_PER_DAY } from './time'
import type { Dag, Openingsuren } from './types'

export const DEFAULT_TIME_ZONE = 'Europe/Brussels'

const HORIZON_DAGEN = 14

/**
 * Whether the place is open at an instant, judged by the wall clock in `timeZone`. A block that runs
 * past midnight belongs to the day it starts: Saturday 22:00-02:00 still runs into a Sunday that is a
 * closed holiday, because it is Saturday night's opening.
 */
export function isOpenAt(
  input: Openingsuren,
  at: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean {
  const { datum, minuten } = localTime(at, timeZone)
  if (blocksOnDate(input, datum).some((b) => b.start <= minuten && minuten < b.eind)) return true
  const gisteren = addDays(datum, -1)
  const nu = minuten + MINUTES_PER_DAY
  return blocksOnDate(input, gisteren).some((b) => b.start <= nu && nu < b.eind)
}

export type NextOpening = { at: Date; dag: Dag; opent: string }

/**
 * The next moment a block starts, at or after `at`, within 14 days; null when there is none (closed
 * for a long period, or no hours at all). A block already running is not "next": callers show
 * "nu open" with isOpenAt first.
 */
export function nextOpening(
  input: Openingsuren,
  at: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): NextOpening | null {
  const grens = at.getTime() + HORIZON_DAGEN * MINUTES_PER_DAY * 60_000
  const vandaag = localTime(at, timeZone).datum
  for (let i = 0; i <= HORIZON_DAGEN; i++) {
    const datum = addDays(vandaag, i)
    for (const blok of blocksOnDate(input, datum)) {
      const moment = localTimeToInstant(datum, blok.start, timeZone)
      if (moment.getTime() > grens) return null
      if (moment.getTime() >= at.getTime())
        return { at: moment, dag: dagOfDate(datum), opent: blok.opent }
    }
  }
  return null
}
