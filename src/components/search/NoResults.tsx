import type { Place } from '@/search/location'
import { MAX_DISTANCE_KM, type SearchParams } from '@/search/params'

import type { ActiveFilter } from './active-filters'
import { searchHref, withoutLocation } from './links'

type Props = {
  params: SearchParams
  plaats: Place | null
  filters: ActiveFilter[]
  verbeteringen: { van: string; naar: string }[]
}

type Voorstel = { sleutel: string; tekst: string; href: string }

/** Ways to find something, each one change to the current search, most likely to help first. */
function voorstellen({ params, plaats, filters }: Props): Voorstel[] {
  const lijst: Voorstel[] = []
  const voorstel = (sleutel: string, tekst: string, wijziging: Partial<SearchParams>) =>
    lijst.push({ sleutel, tekst, href: searchHref(params, wijziging) })
  const locatie = (params.lat !== null && params.lon !== null) || plaats !== null
  // The radius in force: chosen, or the default a postcode or deelgemeente searches around.
  const straal =
    params.afstand ?? (params.lat === null ? (plaats?.standaardStraalKm ?? null) : null)
  if (params.q) voorstel('q', `Zoek zonder de tekst “${params.q}”`, { q: '' })
  if (locatie && straal !== null && straal < MAX_DISTANCE_KM) {
    const verder = Math.min(straal * 2, MAX_DISTANCE_KM)
    voorstel('afstand', `Zoek verder weg: tot ${verder} km`, { afstand: verder })
  }
  if (locatie) voorstel('locatie', 'Zoek overal, zonder locatie', withoutLocation(params, 'alles'))
  for (const filter of filters) {
    if (['q', 'waar', 'mijnLocatie', 'afstand'].includes(filter.sleutel)) continue
    voorstel(
      filter.sleutel,
      filter.sleutel === 'open' ? 'Toon ook wat nu gesloten is' : `Zonder filter ${filter.label}`,
      filter.zonder,
    )
  }
  return lijst
}

/** No results: say so, and offer each step back that the current search allows. */
export function NoResults(props: Props) {
  const lijst = voorstellen(props)
  return (
    <section className="geen-resultaten" aria-labelledby="geen-resultaten-titel">
      <h2 id="geen-resultaten-titel">Geen resultaten</h2>
      {props.verbeteringen.length > 0 && (
        <p>
          We verbeterden een tikfout en zochten naar{' '}
          {props.verbeteringen.map((v, i) => (
            <span key={v.van}>
              {i > 0 && ', '}
              <strong>{v.naar}</strong> in plaats van “{v.van}”
            </span>
          ))}
          , maar vonden ook zo niets.
        </p>
      )}
      {lijst.length > 0 ? (
        <>
          <p>Maak uw zoekopdracht ruimer:</p>
          <ul className="voorstellen">
            {lijst.map((v) => (
              <li key={v.sleutel}>
                <a href={v.href}>{v.tekst}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Er staan nog geen fiches in de Sociale Kaart.</p>
      )}
    </section>
  )
}
