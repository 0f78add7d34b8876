import { formatUitzonderingen, formatWeekschema, isOpenAt, nextOpening, type Openingsuren as Uren } from '@/domain/opening-hours'

import { formatOpentOm } from '../search/format'

/** "Nu open" or when it opens, then the week and the exceptions, on the Brussels clock. */
export function Openingsuren({ uren, nu }: { uren: Uren & { toelichting?: string | null }; nu: Date }) {
  const week = uren.weekschema ?? []
  const uitzonderingen = uren.uitzonderingen ?? []
  if (week.length === 0 && uitzonderingen.length === 0 && !uren.toelichting) return null
  const open = isOpenAt(uren, nu)
  const volgende = open ? null : nextOpening(uren, nu)
  return (
    <section aria-labelledby="uren-titel">
      <h2 id="uren-titel">Openingsuren</h2>
      {(week.length > 0 || uitzonderingen.length > 0) && (
        <p className={open ? 'status-open' : 'status-gesloten'}>
          <strong>{open ? 'Nu open' : 'Nu gesloten'}</strong>
          {volgende ? ` · opent ${formatOpentOm(volgende.at.toISOString(), nu)}` : ''}
        </p>
      )}
      {week.length > 0 && (
        <ul className="fiche-lijst">
          {formatWeekschema(week).map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
      )}
      {uitzonderingen.length > 0 && (
        <>
          <h3>Afwijkende dagen</h3>
          <ul className="fiche-lijst">
            {formatUitzonderingen(uitzonderingen).map((regel) => (
              <li key={regel}>{regel}</li>
            ))}
          </ul>
        </>
      )}
      {week.length > 0 && <p>{uren.feestdagen === 'normaal' ? 'Ook open op feestdagen.' : 'Gesloten op wettelijke feestdagen.'}</p>}
      {uren.toelichting && <p>{uren.toelichting}</p>}
    </section>
  )
}
