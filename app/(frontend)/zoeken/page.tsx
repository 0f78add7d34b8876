import config from '@payload-config'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { DownloadForm } from '@/components/search/DownloadForm'
import { activeFilters } from '@/components/search/active-filters'
import { Facets } from '@/components/search/Facets'
import { FilterChips } from '@/components/search/FilterChips'
import { FilterPanel } from '@/components/search/FilterPanel'
import { formatResultCount } from '@/components/search/format'
import { SaveZoekopdracht } from '@/components/favorieten/SaveZoekopdracht'
import { ErrorMessages } from '@/components/search/ErrorMessages'
import { NoResults } from '@/components/search/NoResults'
import { mapTiles } from '@/components/map/tiles'
import { ResultsMap, type MapPoint } from '@/components/search/ResultsMap'
import { filterLabels } from '@/components/search/labels'
import { validParams, hasFilters, searchHref } from '@/components/search/links'
import { Pagination } from '@/components/search/Pagination'
import { Results } from '@/components/search/Results'
import { RubriekTree } from '@/components/search/RubriekTree'
import { SortForm } from '@/components/search/SortForm'
import { Corrections } from '@/components/search/Corrections'
import { SearchForm } from '@/components/search/SearchForm'
import { toSearchString, type SearchParams } from '@/search/params'
import type { PublicFacets } from '@/search/present'
import { allRubrieken, runSearch } from '@/search/service'

import './zoeken.css'

// Every search is its own answer; the engine is fast enough to ask on each request.
export const dynamic = 'force-dynamic'

type Invoer = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<Invoer> }

const eerste = (waarde: string | string[] | undefined) =>
  Array.isArray(waarde) ? waarde[0] : waarde

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const invoer = await searchParams
  const q = eerste(invoer.q)?.trim().slice(0, 80)
  return {
    title: q ? `${q} – Zoeken` : 'Zoeken',
    // Endless combinations of filters are not pages for a search engine to index; /zoeken itself is.
    robots: Object.keys(invoer).length > 0 ? { index: false, follow: true } : undefined,
  }
}

/**
 * A form submitted without JavaScript sends its blank fields too (waar=&afstand=): the same search
 * again at its clean address, so what is bookmarked or shared is the short URL.
 */
function zonderLegeVelden(invoer: Invoer): string | null {
  const alle = Object.entries(invoer).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((w) => [k, w] as [string, string]),
  )
  const gevuld = alle.filter(([, w]) => w.trim() !== '')
  if (gevuld.length === alle.length) return null
  const query = new URLSearchParams(gevuld).toString()
  return query ? `/zoeken?${query}` : '/zoeken'
}

/**
 * The counts of a filter that has a choice, as if it had none: the search's own counts are narrowed by
 * every filter, so they would only ever count the chosen values and OR within a filter could not be offered.
 */
async function tellingenZonderEigenKeuze(
  payload: Awaited<ReturnType<typeof getPayload>>,
  params: SearchParams,
  facetten: PublicFacets,
): Promise<PublicFacets> {
  const sleutels = (['type', 'gemeente', 'doelgroep', 'beroep'] as const).filter(
    (s) => params[s].length > 0,
  )
  const ruimer = await Promise.all(
    sleutels.map((s) =>
      runSearch(
        payload,
        new URLSearchParams(toSearchString({ ...params, [s]: [], pagina: 1, per: 1 })),
      ),
    ),
  )
  const result = { ...facetten }
  sleutels.forEach((s, i) => {
    result[s] = ruimer[i].facetten[s]
  })
  return result
}

function kaartPunten(resultaten: Awaited<ReturnType<typeof runSearch>>['resultaten']): MapPoint[] {
  return resultaten.flatMap((r) =>
    r.locatie
      ? [
          {
            id: r.id,
            naam: r.naam,
            url: r.url,
            lat: r.locatie.lat,
            lon: r.locatie.lon,
            adres: r.adres
              ? `${r.adres.straat} ${r.adres.huisnummer}, ${r.adres.postcode} ${r.adres.gemeente}`
              : null,
          },
        ]
      : [],
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const invoer = await searchParams
  const schoon = zonderLegeVelden(invoer)
  if (schoon) redirect(schoon)

  const nu = new Date()
  const payload = await getPayload({ config })
  const [resultaat, rubrieken] = await Promise.all([
    runSearch(payload, invoer, nu),
    allRubrieken(payload),
  ])
  const { parsed } = resultaat
  const params = validParams(parsed)
  const labels = filterLabels(rubrieken)
  const filters = activeFilters(params, parsed.plaats, labels)
  const facetten = await tellingenZonderEigenKeuze(payload, params, resultaat.facetten)
  const voorbijLaatste = resultaat.total > 0 && resultaat.resultaten.length === 0
  const start = (resultaat.page - 1) * resultaat.perPage + 1

  return (
    <div className="zoekpagina">
      <h1>Zoeken in de Sociale Kaart</h1>
      <SearchForm params={params} waarInvoer={parsed.params.waar} />
      <ErrorMessages fouten={parsed.fouten} />
      <Corrections verbeteringen={resultaat.verbeteringen} />
      <FilterChips params={params} filters={filters} />

      <div className="zoekraster">
        <section className="resultatenvak" aria-labelledby="resultaten-titel">
          <div className="resultatenkop">
            <h2 id="resultaten-titel" aria-live="polite">
              {formatResultCount(resultaat.total)}
              {resultaat.pages > 1 && !voorbijLaatste && (
                <span className="paginatelling">
                  {' '}
                  · pagina {resultaat.page} van {resultaat.pages}
                </span>
              )}
            </h2>
            {resultaat.total > 0 && (
              <SortForm params={params} huidig={parsed.query.sort ?? 'naam'} />
            )}
            <SaveZoekopdracht zoekopdracht={toSearchString({ ...params, pagina: 1 })} />
            <a className="naar-filters" href="#filters">
              Naar de filters
            </a>
          </div>
          {resultaat.total === 0 ? (
            <NoResults
              params={params}
              plaats={parsed.plaats}
              filters={filters}
              verbeteringen={resultaat.verbeteringen}
            />
          ) : voorbijLaatste ? (
            <p>
              Deze pagina bestaat niet.{' '}
              <a href={searchHref(params, { pagina: 1 })}>Naar de eerste pagina</a>
            </p>
          ) : (
            <>
              <Results
                resultaten={resultaat.resultaten}
                nu={nu}
                start={start}
                terug={searchHref(params, { pagina: resultaat.page })}
              />
              <Pagination params={params} pagina={resultaat.page} paginas={resultaat.pages} />
              <DownloadForm params={params} />
            </>
          )}
        </section>

        {resultaat.resultaten.length > 0 && (
          <div className="kaartkolom">
            <ResultsMap punten={kaartPunten(resultaat.resultaten)} {...mapTiles()} />
          </div>
        )}

        <aside className="filterkolom" aria-label="Filters">
          <FilterPanel>
            <RubriekTree params={params} boom={resultaat.rubriekenBoom} rubrieken={rubrieken} />
            <Facets params={params} facetten={facetten} labels={labels} />
            {hasFilters(params) && (
              <p>
                <a href="/zoeken">Alle filters wissen</a>
              </p>
            )}
          </FilterPanel>
        </aside>
      </div>
    </div>
  )
}
