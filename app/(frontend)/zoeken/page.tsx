import config from '@payload-config'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { DownloadFormulier } from '@/components/search/DownloadForm'
import { actieveFilters } from '@/components/search/active-filters'
import { Facetten } from '@/components/search/Facets'
import { FilterChips } from '@/components/search/FilterChips'
import { FilterPaneel } from '@/components/search/FilterPanel'
import { aantalResultaten } from '@/components/search/format'
import { ZoekopdrachtBewaren } from '@/components/favorieten/SaveZoekopdracht'
import { Foutmeldingen } from '@/components/search/ErrorMessages'
import { GeenResultaten } from '@/components/search/NoResults'
import { kaartTegels } from '@/components/map/tiles'
import { Kaart, type KaartPunt } from '@/components/search/ResultsMap'
import { filterLabels } from '@/components/search/labels'
import { geldigeParams, heeftFilters, zoekHref } from '@/components/search/links'
import { Paginering } from '@/components/search/Pagination'
import { Resultaten } from '@/components/search/Results'
import { RubriekBoom } from '@/components/search/RubriekTree'
import { SorteerFormulier } from '@/components/search/SortForm'
import { Verbeteringen } from '@/components/search/Corrections'
import { ZoekFormulier } from '@/components/search/SearchForm'
import { toSearchString, type ZoekParams } from '@/search/params'
import type { PubliekeFacetten } from '@/search/present'
import { alleRubrieken, zoek } from '@/search/service'

import './zoeken.css'

// Every search is its own answer; the engine is fast enough to ask on each request.
export const dynamic = 'force-dynamic'

type Invoer = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<Invoer> }

const eerste = (waarde: string | string[] | undefined) => (Array.isArray(waarde) ? waarde[0] : waarde)

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
  const alle = Object.entries(invoer).flatMap(([k, v]) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((w) => [k, w] as [string, string]))
  const gevuld = alle.filter(([, w]) => w.trim() !== '')
  if (gevuld.length === alle.length) return null
  const query = new URLSearchParams(gevuld).toString()
  return query ? `/zoeken?${query}` : '/zoeken'
}

/**
 * The counts of a filter that has a choice, as if it had none: the search's own counts are narrowed by
 * every filter, so they would only ever count the chosen values and OR within a filter could not be offered.
 */
async function tellingenZonderEigenKeuze(payload: Awaited<ReturnType<typeof getPayload>>, params: ZoekParams, facetten: PubliekeFacetten): Promise<PubliekeFacetten> {
  const sleutels = (['type', 'gemeente', 'doelgroep', 'beroep'] as const).filter((s) => params[s].length > 0)
  const ruimer = await Promise.all(sleutels.map((s) => zoek(payload, new URLSearchParams(toSearchString({ ...params, [s]: [], pagina: 1, per: 1 })))))
  const result = { ...facetten }
  sleutels.forEach((s, i) => {
    result[s] = ruimer[i].facetten[s]
  })
  return result
}

function kaartPunten(resultaten: Awaited<ReturnType<typeof zoek>>['resultaten']): KaartPunt[] {
  return resultaten.flatMap((r) =>
    r.locatie
      ? [{ id: r.id, naam: r.naam, url: r.url, lat: r.locatie.lat, lon: r.locatie.lon, adres: r.adres ? `${r.adres.straat} ${r.adres.huisnummer}, ${r.adres.postcode} ${r.adres.gemeente}` : null }]
      : [],
  )
}

export default async function ZoekPagina({ searchParams }: Props) {
  const invoer = await searchParams
  const schoon = zonderLegeVelden(invoer)
  if (schoon) redirect(schoon)

  const nu = new Date()
  const payload = await getPayload({ config })
  const [resultaat, rubrieken] = await Promise.all([zoek(payload, invoer, nu), alleRubrieken(payload)])
  const { parsed } = resultaat
  const params = geldigeParams(parsed)
  const labels = filterLabels(rubrieken)
  const filters = actieveFilters(params, parsed.plaats, labels)
  const facetten = await tellingenZonderEigenKeuze(payload, params, resultaat.facetten)
  const voorbijLaatste = resultaat.total > 0 && resultaat.resultaten.length === 0
  const start = (resultaat.page - 1) * resultaat.perPage + 1

  return (
    <div className="zoekpagina">
      <h1>Zoeken in de Sociale Kaart</h1>
      <ZoekFormulier params={params} waarInvoer={parsed.params.waar} />
      <Foutmeldingen fouten={parsed.fouten} />
      <Verbeteringen verbeteringen={resultaat.verbeteringen} />
      <FilterChips params={params} filters={filters} />

      <div className="zoekraster">
        <section className="resultatenvak" aria-labelledby="resultaten-titel">
          <div className="resultatenkop">
            <h2 id="resultaten-titel" aria-live="polite">
              {aantalResultaten(resultaat.total)}
              {resultaat.pages > 1 && !voorbijLaatste && (
                <span className="paginatelling">
                  {' '}
                  · pagina {resultaat.page} van {resultaat.pages}
                </span>
              )}
            </h2>
            {resultaat.total > 0 && <SorteerFormulier params={params} huidig={parsed.query.sort ?? 'naam'} />}
            <ZoekopdrachtBewaren zoekopdracht={toSearchString({ ...params, pagina: 1 })} />
            <a className="naar-filters" href="#filters">
              Naar de filters
            </a>
          </div>
          {resultaat.total === 0 ? (
            <GeenResultaten params={params} plaats={parsed.plaats} filters={filters} verbeteringen={resultaat.verbeteringen} />
          ) : voorbijLaatste ? (
            <p>
              Deze pagina bestaat niet. <a href={zoekHref(params, { pagina: 1 })}>Naar de eerste pagina</a>
            </p>
          ) : (
            <>
              <Resultaten resultaten={resultaat.resultaten} nu={nu} start={start} terug={zoekHref(params, { pagina: resultaat.page })} />
              <Paginering params={params} pagina={resultaat.page} paginas={resultaat.pages} />
              <DownloadFormulier params={params} />
            </>
          )}
        </section>

        {resultaat.resultaten.length > 0 && (
          <div className="kaartkolom">
            <Kaart
              punten={kaartPunten(resultaat.resultaten)}
              {...kaartTegels()}
            />
          </div>
        )}

        <aside className="filterkolom" aria-label="Filters">
          <FilterPaneel>
            <RubriekBoom params={params} boom={resultaat.rubriekenBoom} rubrieken={rubrieken} />
            <Facetten params={params} facetten={facetten} labels={labels} />
            {heeftFilters(params) && (
              <p>
                <a href="/zoeken">Alle filters wissen</a>
              </p>
            )}
          </FilterPaneel>
        </aside>
      </div>
    </div>
  )
}
