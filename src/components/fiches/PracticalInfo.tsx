import { gemeenteByNis } from '@/domain/geo'
import { aanmeldingswijzen, kostprijsTypes, labelFor } from '@/domain/vocabulary'

type Erkenning = {
  overheid: string
  nummer?: string | null
  van?: string | null
  tot?: string | null
}
type Props = {
  aanmelding?: { wijzen?: string[] | null; toelichting?: string | null } | null
  kostprijs?: { soort?: string | null; toelichting?: string | null } | null
  werkingsgebied?: string[] | null
  erkenningen?: Erkenning[] | null
}

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** How to get in, what it costs, where it helps and who recognises it: an aanbod's practical side. */
export function PracticalInfo({ aanmelding, kostprijs, werkingsgebied, erkenningen }: Props) {
  const wijzen = aanmelding?.wijzen ?? []
  const gebied = (werkingsgebied ?? []).map((nis) => gemeenteByNis(nis)?.naam ?? nis)
  const erkend = erkenningen ?? []
  if (
    !wijzen.length &&
    !aanmelding?.toelichting &&
    !kostprijs?.soort &&
    !kostprijs?.toelichting &&
    !gebied.length &&
    !erkend.length
  )
    return null
  return (
    <section aria-labelledby="praktisch-titel">
      <h2 id="praktisch-titel">Praktisch</h2>
      <dl className="fiche-praktisch">
        {(wijzen.length > 0 || aanmelding?.toelichting) && (
          <>
            <dt>Aanmelden</dt>
            <dd>
              {wijzen.map((w) => labelFor(aanmeldingswijzen, w)).join(', ')}
              {aanmelding?.toelichting ? <p>{aanmelding.toelichting}</p> : null}
            </dd>
          </>
        )}
        {(kostprijs?.soort || kostprijs?.toelichting) && (
          <>
            <dt>Kostprijs</dt>
            <dd>
              {kostprijs?.soort ? labelFor(kostprijsTypes, kostprijs.soort) : null}
              {kostprijs?.toelichting ? <p>{kostprijs.toelichting}</p> : null}
            </dd>
          </>
        )}
        {gebied.length > 0 && (
          <>
            <dt>Werkingsgebied</dt>
            <dd>{gebied.join(', ')}</dd>
          </>
        )}
        {erkend.length > 0 && (
          <>
            <dt>Erkenning</dt>
            {erkend.map((e, i) => (
              <dd key={i}>
                {e.overheid}
                {e.nummer ? ` (${e.nummer})` : ''}
                {e.van ? `, sinds ${datum.format(new Date(e.van))}` : ''}
                {e.tot ? `, tot ${datum.format(new Date(e.tot))}` : ''}
              </dd>
            ))}
          </>
        )}
      </dl>
    </section>
  )
}
