// Opening hours encoded so that an engine can answer "open at instant t?" with a plain filter, for
// every fiche at once: the PostgreSQL adapter stores the ranges as int4multirange, the Typesense
// adapter as 15-minute slot numbers. The rule (see EncodedSchedule in ../types.ts) is exact:
// the week schema decides on ordinary days; on a special day (an exception, or a public holiday the
// fiche closes on) and on the day after it (a block may run past midnight) only the materialised
// blocks decide, and those hold every block starting the day before, on, and after the special day.
import { blocksOnDate, type Openingsuren } from '@/domain/openingsuren'
import { dayNumber, localTime, addDays } from '@/domain/openingsuren/calendar'
import { MINUTES_PER_DAY } from '@/domain/openingsuren/time'
import { publicHoliday } from '@/domain/holidays'
import { DAGEN } from '@/domain/openingsuren/types'

import type { EncodedSchedule } from '../types'

export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
/** How far ahead public holidays are materialised; a periodic reindex (README) moves the window on. */
export const HOLIDAY_HORIZON_DAYS = 730

/** Where an instant falls for the encoded schedule, on the Brussels wall clock. */
export type ScheduleMoment = { weekMinuut: number; dag: number; absoluteMinuut: number }

export function scheduleMoment(at: Date, timeZone = 'Europe/Brussels'): ScheduleMoment {
  const { datum, minuten } = localTime(at, timeZone)
  const dag = dayNumber(datum)
  const weekdag = DAGEN.indexOf(dagVan(dag))
  return {
    weekMinuut: weekdag * MINUTES_PER_DAY + minuten,
    dag,
    absoluteMinuut: dag * MINUTES_PER_DAY + minuten,
  }
}

function dagVan(dag: number) {
  // 1970-01-01 was a Thursday (index 3 with Monday first).
  return DAGEN[(((dag + 3) % 7) + 7) % 7] ?? 'ma'
}

function datumVan(dag: number): string {
  return new Date(dag * 86_400_000).toISOString().slice(0, 10)
}

/** Sorted, merged half-open ranges. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const merged: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

function weekRanges(uren: Openingsuren): [number, number][] {
  const ranges: [number, number][] = []
  // Any Monday-to-Sunday run of ordinary dates gives the week's blocks; holidays are not applied here.
  const gewoon: Openingsuren = { weekschema: uren.weekschema, feestdagen: 'normaal' }
  DAGEN.forEach((_, index) => {
    const datum = datumVan(4 + index) // 1970-01-05 was a Monday
    for (const blok of blocksOnDate(gewoon, datum)) {
      const start = index * MINUTES_PER_DAY + blok.start
      const end = index * MINUTES_PER_DAY + blok.eind
      // Sunday night into Monday wraps to the start of the week.
      if (end <= MINUTES_PER_WEEK) ranges.push([start, end])
      else ranges.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK])
    }
  })
  return mergeRanges(ranges)
}

// Holiday day numbers per indexing date: the same for every fiche of a run, and looking up 730 dates
// per fiche would make a reindex of 100k aanbod take minutes.
const feestdagCache = new Map<string, number[]>()
function feestdagenVanaf(start: number, einde: number): number[] {
  const key = `${start}:${einde}`
  let dagen = feestdagCache.get(key)
  if (!dagen) {
    dagen = []
    for (let dag = start; dag <= einde; dag++) if (publicHoliday(datumVan(dag))) dagen.push(dag)
    if (feestdagCache.size > 4) feestdagCache.clear()
    feestdagCache.set(key, dagen)
  }
  return dagen
}

// Many fiches share their hours (a service's usual office hours, a chain's pharmacies), and a
// reindex encodes every one of them: the same hours on the same day give the same encoding.
const encodings = new Map<string, EncodedSchedule | null>()
const MAX_ENCODINGS = 10_000

/**
 * The encoded schedule of a fiche's hours, with holidays from `vanaf` (YYYY-MM-DD, the indexing date)
 * up to the horizon. Null when there is no week schema and no exception: such a fiche is never "nu open".
 */
export function encodeSchedule(uren: Openingsuren, vanaf: string): EncodedSchedule | null {
  const key = JSON.stringify([
    vanaf,
    uren.weekschema ?? [],
    uren.uitzonderingen ?? [],
    uren.feestdagen ?? null,
  ])
  if (encodings.has(key)) return encodings.get(key) ?? null
  const encoded = encodeScheduleUncached(uren, vanaf)
  if (encodings.size >= MAX_ENCODINGS) encodings.clear()
  encodings.set(key, encoded)
  return encoded
}

function encodeScheduleUncached(uren: Openingsuren, vanaf: string): EncodedSchedule | null {
  const week = uren.weekschema ?? []
  const uitzonderingen = uren.uitzonderingen ?? []
  if (week.length === 0 && uitzonderingen.length === 0) return null

  const start = dayNumber(addDays(vanaf, -2))
  const einde = start + HOLIDAY_HORIZON_DAYS
  const special = new Set<number>()
  for (const u of uitzonderingen) {
    const dag = dayNumber(u.datum)
    if (Number.isFinite(dag) && dag >= start) special.add(dag)
  }
  if (uren.feestdagen !== 'normaal' && week.length > 0) {
    for (const dag of feestdagenVanaf(start, einde)) special.add(dag)
  }

  const specialRanges: [number, number][] = []
  const gematerialiseerd = new Set<number>()
  for (const dag of special) for (const d of [dag - 1, dag, dag + 1]) gematerialiseerd.add(d)
  for (const dag of gematerialiseerd) {
    for (const blok of blocksOnDate(uren, datumVan(dag))) {
      specialRanges.push([dag * MINUTES_PER_DAY + blok.start, dag * MINUTES_PER_DAY + blok.eind])
    }
  }
  return {
    weekRanges: weekRanges(uren),
    specialDays: [...special].sort((a, b) => a - b),
    specialRanges: mergeRanges(specialRanges),
  }
}

/** The rule of EncodedSchedule, evaluated in code: the reference the engines' filters must agree with. */
export function isOpenEncoded(schedule: EncodedSchedule | null, moment: ScheduleMoment): boolean {
  if (!schedule) return false
  const within = (ranges: readonly [number, number][], x: number) =>
    ranges.some(([a, b]) => a <= x && x < b)
  const bijzonder =
    schedule.specialDays.includes(moment.dag) || schedule.specialDays.includes(moment.dag - 1)
  // On and after a special day the materialised blocks hold everything open then; on other days they
  // only repeat the week schema, so the week alone decides and the larger list need not be read.
  return bijzonder
    ? within(schedule.specialRanges, moment.absoluteMinuut)
    : within(schedule.weekRanges, moment.weekMinuut)
}
