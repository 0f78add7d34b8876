import type { SearchParams } from '@/search/params'
import type { FacetValue, PublicFacets } from '@/search/present'

import { formatMoment } from './format'
import { FILTER_TITLES, type FilterLabels, type FilterKey } from './labels'
import { toggle, searchHref } from './links'

const GEMEENTEN_ZICHTBAAR = 15
const MEER_NA = 8

type Sleutel = Exclude<FilterKey, 'rubriek'>
type Props = { params: SearchParams; facetten: PublicFacets; labels: FilterLabels }

/**
 * A checkbox-like link: a box that shows the state, the label and its count; it adds or removes the value.
 * The space between label and count is a text node of the link, so the visible text ("Praktijk 11") is
 * part of the spoken name ("Praktijk, 11 resultaten") and speech input can use what is on screen (WCAG 2.5.3).
 */
function Optie({
  href,
  label,
  count,
  gekozen,
}: {
  href: string
  label: string
  count: number | null
  gekozen: boolean
}) {
  const aantal =
    count === null
      ? ''
      : `, ${count.toLocaleString('nl-BE')} ${count === 1 ? 'resultaat' : 'resultaten'}`
  return (
    <a
      href={href}
      className="facetoptie"
      aria-current={gekozen ? 'true' : undefined}
      aria-label={`${label}${aantal}${gekozen ? ', gekozen (klik om te verwijderen)' : ''}`}
    >
      <span className="vakje" aria-hidden="true" />
      <span className="facetlabel">{label}</span>
      {count !== null && (
        <>
          {' '}
          <span className="aantal">{count.toLocaleString('nl-BE')}</span>
        </>
      )}
    </a>
  )
}

function Groep({
  sleutel,
  waarden,
  params,
  zichtbaar = MEER_NA,
}: {
  sleutel: Sleutel
  waarden: FacetValue[]
  params: SearchParams
  zichtbaar?: number
}) {
  const gekozen = params[sleutel] as string[]
  if (waarden.length === 0) return null
  const item = (w: FacetValue) => (
    <li key={w.value}>
      <Optie
        href={searchHref(params, { [sleutel]: toggle(gekozen, w.value) })}
        label={w.label}
        count={w.count}
        gekozen={gekozen.includes(w.value)}
      />
    </li>
  )
  const eerst = waarden.slice(0, zichtbaar)
  const rest = waarden.slice(zichtbaar)
  return (
    <section className="facet" aria-labelledby={`facet-${sleutel}`}>
      <h3 id={`facet-${sleutel}`}>{FILTER_TITLES[sleutel]}</h3>
      <ul>{eerst.map(item)}</ul>
      {rest.length > 0 && (
        // Without JavaScript too: <details> folds long lists open and shut.
        <details className="meer" open={rest.some((w) => gekozen.includes(w.value))}>
          <summary>Meer tonen ({rest.length})</summary>
          <ul>{rest.map(item)}</ul>
        </details>
      )}
    </section>
  )
}

/** Chosen values come first, and stay listed (count 0) when nothing matches them any more. */
function metGekozen(
  waarden: FacetValue[],
  gekozen: string[],
  label: (value: string) => string,
): FacetValue[] {
  const bekend = new Set(waarden.map((w) => w.value))
  const ontbrekend = gekozen
    .filter((v) => !bekend.has(v))
    .map((value) => ({ value, count: 0, label: label(value) }))
  const alle = [...waarden, ...ontbrekend]
  return [
    ...alle.filter((w) => gekozen.includes(w.value)),
    ...alle.filter((w) => !gekozen.includes(w.value)),
  ]
}

/**
 * Filters with counts (OR within a filter, AND between filters). The counts of a filter with a
 * choice are those without that choice (the page asks for them), so they say what adding a value gives.
 */
export function Facets({ params, facetten, labels }: Props) {
  const lijst = (sleutel: Sleutel) =>
    metGekozen(facetten[sleutel], params[sleutel] as string[], labels[sleutel])
  const gemeenten = lijst('gemeente')
  const gekozenGemeenten = gemeenten.filter((w) => params.gemeente.includes(w.value))
  const topGemeenten = [
    ...gekozenGemeenten,
    ...gemeenten.filter((w) => !params.gemeente.includes(w.value)).slice(0, GEMEENTEN_ZICHTBAAR),
  ]
  return (
    <div className="facetten">
      <h2>Verfijnen</h2>
      <section className="facet" aria-labelledby="facet-open">
        <h3 id="facet-open">Openingsuren</h3>
        <ul>
          <li>
            <Optie
              href={searchHref(params, {
                open: !params.open,
                moment: params.open ? null : params.moment,
              })}
              label={params.moment ? `Open op ${formatMoment(params.moment)}` : 'Nu open'}
              count={facetten.nuOpen}
              gekozen={params.open}
            />
          </li>
        </ul>
      </section>
      <Groep sleutel="type" waarden={lijst('type')} params={params} />
      <Groep
        sleutel="gemeente"
        waarden={topGemeenten}
        params={params}
        zichtbaar={topGemeenten.length}
      />
      <Groep sleutel="doelgroep" waarden={lijst('doelgroep')} params={params} />
      <Groep sleutel="beroep" waarden={lijst('beroep')} params={params} />
    </div>
  )
}
