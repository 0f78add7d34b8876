import { publicHoliday } from '../holidays'
import { blocksOnDate } from './day-schedule'
import { formatDate } from './format'
import { localTime, addDays } from './calendar'
import { DEFAULT_TIME_ZONE } from './is-open'
import type { Openingsuren } from './types'

export type ComingDay = {
  datum: string
  /** 'dinsdag 1 december 2026' */
  label: string
  vandaag: boolean
  /** '09:00–12:00, 13:00–17:00' or 'gesloten' */
  uren: string
  /** Why this day differs from the week: the exception's description or the holiday's name. */
  reden: string | null
}

/**
 * The hours as a visitor reads them: today and the days after it, with exceptions and public
 * holidays already applied, on the Brussels clock whatever the device's zone.
 */
export function comingDays(
  uren: Openingsuren,
  nu: Date,
  aantal = 7,
  tijdzone = DEFAULT_TIME_ZONE,
): ComingDay[] {
  const vandaag = localTime(nu, tijdzone).datum
  const dagen: ComingDay[] = []
  for (let i = 0; i < aantal; i++) {
    const datum = addDays(vandaag, i)
    const blokken = blocksOnDate(uren, datum)
    const uitzondering = (uren.uitzonderingen ?? []).find((u) => u.datum === datum)
    const feestdag = publicHoliday(datum)
    dagen.push({
      datum,
      label: formatDate(datum),
      vandaag: i === 0,
      uren:
        blokken.length === 0 ? 'gesloten' : blokken.map((b) => `${b.opent}–${b.sluit}`).join(', '),
      reden: uitzondering
        ? (uitzondering.omschrijving ?? feestdag?.name ?? 'afwijkende uren')
        : feestdag
          ? feestdag.name
          : null,
    })
  }
  return dagen
}
