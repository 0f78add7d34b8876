// Dutch display of distances and opening times. Times are shown in Belgian time whatever the
// server's zone: the fiches are all in Belgium and so are their visitors.
const TIJDZONE = 'Europe/Brussels'

/** "1,2 km"; whole kilometres from 10 km on, where a decimal adds nothing. */
export function formatDistance(km: number): string {
  const digits = km < 10 ? 1 : 0
  return `${km.toLocaleString('nl-BE', { minimumFractionDigits: digits, maximumFractionDigits: digits })} km`
}

const datumSleutel = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIJDZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const weekdag = new Intl.DateTimeFormat('nl-BE', { timeZone: TIJDZONE, weekday: 'long' })
const uur = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIJDZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "vandaag 14:00", "morgen 08:30", "maandag 09:00" for a next opening (ISO) seen from `nu`. */
export function formatOpensAt(iso: string, nu: Date): string {
  const moment = new Date(iso)
  if (Number.isNaN(moment.getTime())) return ''
  const dag = datumSleutel.format(moment)
  const dagLabel =
    dag === datumSleutel.format(nu)
      ? 'vandaag'
      : dag === datumSleutel.format(new Date(nu.getTime() + 86_400_000))
        ? 'morgen'
        : weekdag.format(moment)
  return `${dagLabel} ${uur.format(moment)}`
}

const datumEnUur = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIJDZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "zondag 29 november om 14:00" for the moment an "open" filter asks about. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso)
  return Number.isNaN(moment.getTime()) ? iso : datumEnUur.format(moment)
}

/** "1 resultaat", "1.234 resultaten". */
export function formatResultCount(n: number): string {
  return `${n.toLocaleString('nl-BE')} ${n === 1 ? 'resultaat' : 'resultaten'}`
}
