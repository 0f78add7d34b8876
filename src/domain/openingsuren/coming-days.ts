import { publicHoliday } from '../holidays'
import { blokkenOpDatum } from './day-schedule'
import { formatDatum } from './format'
import { lokaleTijd, plusDagen } from './calendar'
import { STANDAARD_TIJDZONE } from './is-open'
import type { Openingsuren } from './types'

export type KomendeDag = {
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
export function komendeDagen(uren: Openingsuren, nu: Date, aantal = 7, tijdzone = STANDAARD_TIJDZONE): KomendeDag[] {
  const vandaag = lokaleTijd(nu, tijdzone).datum
  const dagen: KomendeDag[] = []
  for (let i = 0; i < aantal; i++) {
    const datum = plusDagen(vandaag, i)
    const blokken = blokkenOpDatum(uren, datum)
    const uitzondering = (uren.uitzonderingen ?? []).find((u) => u.datum === datum)
    const feestdag = publicHoliday(datum)
    dagen.push({
      datum,
      label: formatDatum(datum),
      vandaag: i === 0,
      uren: blokken.length === 0 ? 'gesloten' : blokken.map((b) => `${b.opent}–${b.sluit}`).join(', '),
      reden: uitzondering ? (uitzondering.omschrijving ?? feestdag?.name ?? 'afwijkende uren') : feestdag ? feestdag.name : null,
    })
  }
  return dagen
}
