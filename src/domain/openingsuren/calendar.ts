import { MINUTES_PER_DAY } from './time'
import { DAGEN, type Dag } from './types'

const MS_PER_MINUUT = 60_000
const MS_PER_DAG = 86_400_000

const formatteerders = new Map<string, Intl.DateTimeFormat>()

function formatteerder(tijdzone: string): Intl.DateTimeFormat {
  let f = formatteerders.get(tijdzone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tijdzone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatteerders.set(tijdzone, f)
  }
  return f
}

/** The wall clock in a time zone at an instant: local date (YYYY-MM-DD) and minutes since local midnight. */
export function localTime(
  moment: Date | number,
  tijdzone: string,
): { datum: string; minuten: number } {
  const delen: Record<string, number> = {}
  for (const deel of formatteerder(tijdzone).formatToParts(moment)) {
    if (deel.type !== 'literal') delen[deel.type] = Number(deel.value)
  }
  const uur = delen.hour === 24 ? 0 : delen.hour
  const datum = `${String(delen.year).padStart(4, '0')}-${String(delen.month).padStart(2, '0')}-${String(delen.day).padStart(2, '0')}`
  return { datum, minuten: uur * 60 + delen.minute }
}

function datumAlsUtc(datum: string): number {
  const [j, m, d] = datum.split('-').map(Number)
  return Date.UTC(j, m - 1, d)
}

export function isValidDate(datum: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return false
  const t = datumAlsUtc(datum)
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === datum
}

/** Day number since 1970-01-01, to compare dates of different months. */
export function dayNumber(datum: string): number {
  return Math.round(datumAlsUtc(datum) / MS_PER_DAG)
}

export function addDays(datum: string, dagen: number): string {
  return new Date(datumAlsUtc(datum) + dagen * MS_PER_DAG).toISOString().slice(0, 10)
}

export function dagOfDate(datum: string): Dag {
  // getUTCDay: 0 = Sunday; DAGEN starts on Monday.
  return DAGEN[(new Date(datumAlsUtc(datum)).getUTCDay() + 6) % 7]
}

/** Wall-clock minutes of an instant counted from 1970-01-01 00:00 local, to compare with a wanted wall time. */
function wandklokMinuten(moment: number, tijdzone: string): number {
  const { datum, minuten } = localTime(moment, tijdzone)
  return dayNumber(datum) * MINUTES_PER_DAY + minuten
}

/**
 * The instant at which the wall clock in `tijdzone` shows `minuten` after midnight of `datum`.
 * Around a DST change a wall time can happen twice (autumn: the first one is taken, when a block
 * opening then really starts) or never (spring: the instant the clock jumps past it is taken, the
 * same moment isOpenAt starts to say "open").
 */
export function localTimeToInstant(datum: string, minuten: number, tijdzone: string): Date {
  const gewenst = dayNumber(datum) * MINUTES_PER_DAY + minuten
  const alsUtc = datumAlsUtc(datum) + minuten * MS_PER_MINUUT
  // Offsets 12 hours either side: DST changes are months apart, so these are the offsets before and
  // after any change near this wall time.
  const offsets = [alsUtc - 12 * 60 * MS_PER_MINUUT, alsUtc + 12 * 60 * MS_PER_MINUUT].map(
    (t) => (wandklokMinuten(t, tijdzone) - Math.floor(t / MS_PER_MINUUT)) * MS_PER_MINUUT,
  )
  const kandidaten = [...new Set(offsets)]
    .map((offset) => alsUtc - offset)
    .filter((t) => wandklokMinuten(t, tijdzone) === gewenst)
    .sort((a, b) => a - b)
  if (kandidaten.length > 0) return new Date(kandidaten[0])

  // In the gap: search the first minute whose wall clock is at or past the wanted time.
  let laag = alsUtc - Math.max(...offsets)
  let hoog = alsUtc - Math.min(...offsets)
  while (hoog - laag > MS_PER_MINUUT) {
    const midden = laag + Math.floor((hoog - laag) / 2 / MS_PER_MINUUT) * MS_PER_MINUUT
    if (wandklokMinuten(midden, tijdzone) >= gewenst) hoog = midden
    else laag = midden
  }
  return new Date(hoog)
}
