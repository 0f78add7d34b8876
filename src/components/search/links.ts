// Every link on the search page is the current state with one change, written by toSearchString:
// the URL holds the whole search, so each link works without JavaScript and can be bookmarked.
import { toSearchString, type Parsed, type SearchParams } from '@/search/params'

export const SEARCH_PATH = '/zoeken'

/** The search URL for `params` with `wijziging` applied; back to page 1 unless the change sets a page. */
export function searchHref(params: SearchParams, wijziging: Partial<SearchParams> = {}): string {
  const query = toSearchString({ ...params, pagina: 1, ...wijziging })
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
}

/** The list with `waarde` added, or removed when it is there: OR within one filter. */
export function toggle<T>(lijst: readonly T[], waarde: T): T[] {
  return lijst.includes(waarde) ? lijst.filter((v) => v !== waarde) : [...lijst, waarde]
}

export const hasLocation = (params: SearchParams) =>
  params.waar !== '' || (params.lat !== null && params.lon !== null)

/**
 * The change that drops the typed place or "my location". Without any point left the radius and the
 * distance sort mean nothing (the engine would ignore them), so they go too and the URL stays honest.
 */
export function withoutLocation(
  params: SearchParams,
  welke: 'waar' | 'mijnLocatie' | 'alles',
): Partial<SearchParams> {
  const wijziging: Partial<SearchParams> = {}
  if (welke !== 'mijnLocatie') wijziging.waar = ''
  if (welke !== 'waar') wijziging.lat = wijziging.lon = null
  const rest = { ...params, ...wijziging }
  if (!hasLocation(rest)) {
    wijziging.afstand = null
    if (params.sort === 'afstand') wijziging.sort = null
  }
  return wijziging
}

/**
 * The state links are built from: what the search actually used. The parser keeps an unknown place in
 * `waar` (the form shows it for correcting), but links must not carry it on and repeat the error.
 */
export function validParams(parsed: Parsed): SearchParams {
  return parsed.plaats || parsed.params.waar === '' ? parsed.params : { ...parsed.params, waar: '' }
}

/** Whether anything narrows the search (for "Alle filters wissen" and robots). */
export function hasFilters(params: SearchParams): boolean {
  return (
    params.q !== '' ||
    hasLocation(params) ||
    params.afstand !== null ||
    params.open ||
    [params.type, params.rubriek, params.gemeente, params.doelgroep, params.beroep].some(
      (lijst) => lijst.length > 0,
    )
  )
}
