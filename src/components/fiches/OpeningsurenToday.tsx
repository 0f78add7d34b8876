'use client'
// The part of the opening hours that depends on the clock. The page is cached, so the server's
// answer is "as of" its render time; in the browser it follows the real clock, minute by minute.
import { useHydrated } from '@/components/use-hydrated'
import { isOpenAt, comingDays, nextOpening, type Openingsuren } from '@/domain/openingsuren'

import { formatOpensAt } from '../search/format'

import { useMinuteClock } from './use-minute-clock'

const uurMinuut = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export function OpeningsurenToday({ uren, gemaaktOp }: { uren: Openingsuren; gemaaktOp: string }) {
  const nu = useMinuteClock(gemaaktOp)
  const live = useHydrated()
  const open = isOpenAt(uren, nu)
  const volgende = open ? null : nextOpening(uren, nu)
  const dagen = comingDays(uren, nu)
  return (
    <>
      <p className={open ? 'status-open' : 'status-gesloten'} aria-live="polite">
        <strong>
          {live
            ? open
              ? 'Nu open'
              : 'Nu gesloten'
            : `${open ? 'Open' : 'Gesloten'} om ${uurMinuut.format(nu)}`}
        </strong>
        {volgende ? ` · opent ${formatOpensAt(volgende.at.toISOString(), nu)}` : ''}
      </p>
      <h3>Komende dagen</h3>
      <ul className="fiche-lijst komende-dagen">
        {dagen.map((dag) => (
          <li
            key={dag.datum}
            className={dag.vandaag ? 'vandaag' : undefined}
            aria-current={dag.vandaag ? 'date' : undefined}
          >
            {dag.vandaag ? <strong>Vandaag, {dag.label}</strong> : dag.label}: {dag.uren}
            {dag.reden ? ` (${dag.reden})` : ''}
          </li>
        ))}
      </ul>
    </>
  )
}
