// What the address of a stopped fiche shows: that it is no longer active, and where to look for
// similar offer nearby. The section's data-http-status attribute makes the page cache store and
// serve this page as 410 Gone (src/revalidation/cache-handler.mjs): an App Router page cannot set
// its own status, and a proxy in front of every fiche page halved how many pages a server serves.
import { STOPPED_FICHE_MARKER } from '@/revalidation/stopped-marker'

export function StoppedFiche({
  naam,
  gemeente,
  rubriek,
}: {
  naam: string
  gemeente: string | null
  rubriek: number | null
}) {
  const zoek = new URLSearchParams()
  if (rubriek) zoek.set('rubriek', String(rubriek))
  if (gemeente) zoek.set('waar', gemeente)
  return (
    <section
      className="fiche fiche-gestopt"
      {...{ [STOPPED_FICHE_MARKER.attribuut]: STOPPED_FICHE_MARKER.waarde }}
    >
      <h1>Deze fiche is niet meer actief</h1>
      <p>
        <strong>{naam}</strong>
        {gemeente ? ` in ${gemeente}` : ''} is stopgezet en staat niet meer op de Sociale Kaart.
      </p>
      <ul>
        <li>
          <a href={`/zoeken?${zoek.toString()}`}>
            Zoek gelijkaardig aanbod{gemeente ? ` in de buurt van ${gemeente}` : ''}
          </a>
        </li>
        <li>
          <a href="/zoeken">Zoek in de hele Sociale Kaart</a>
        </li>
      </ul>
    </section>
  )
}
