// The search state as URL parameters: the page, its links and chips, and GET /api/zoeken all read
// and write the same names, so any search can be bookmarked, shared and replayed through the API.
import type { FieldError } from '@/domain/field-error'
import { beroepen as beroepOpties, doelgroepen as doelgroepOpties } from '@/domain/vocabulary'

import { resolvePlace, type Place } from './location'
import { FICHE_TYPES, type FicheType, type SearchQuery, type SortOrder } from './types'

export const MAX_PER_PAGE = 100
export const DEFAULT_PER_PAGE = 20
export const MAX_DISTANCE_KM = 100
const MAX_TEKST = 200
const SORTS: readonly SortOrder[] = ['relevantie', 'afstand', 'naam']

/** The parameters as the URL holds them; repeated keys hold several values (OR within a filter). */
export type SearchParams = {
  q: string
  waar: string
  lat: number | null
  lon: number | null
  afstand: number | null
  type: FicheType[]
  rubriek: number[]
  gemeente: string[]
  doelgroep: string[]
  beroep: string[]
  open: boolean
  moment: string | null
  sort: SortOrder | null
  pagina: number
  per: number
}

export type Parsed = {
  params: SearchParams
  query: SearchQuery
  plaats: Place | null
  fouten: FieldError[]
}

const emptyParams = (): SearchParams => ({
  q: '',
  waar: '',
  lat: null,
  lon: null,
  afstand: null,
  type: [],
  rubriek: [],
  gemeente: [],
  doelgroep: [],
  beroep: [],
  open: false,
  moment: null,
  sort: null,
  pagina: 1,
  per: DEFAULT_PER_PAGE,
})

const doelgroepKeys = new Set(doelgroepOpties.map((o) => o.value))
const beroepKeys = new Set(beroepOpties.map((o) => o.value))

type Input = URLSearchParams | Record<string, string | string[] | undefined>

function all(input: Input, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key)
  const value = input[key]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

// Empty values come from blank form fields submitted without JavaScript: they mean "not set".
const nonEmpty = (values: string[]) => values.map((v) => v.trim()).filter((v) => v !== '')

function number(
  input: Input,
  key: string,
  fouten: FieldError[],
  check: (n: number) => string | null,
): number | null {
  const [raw] = nonEmpty(all(input, key))
  if (raw === undefined) return null
  const value = Number(raw.replace(',', '.'))
  const fout = Number.isFinite(value) ? check(value) : 'is geen getal'
  if (fout) {
    fouten.push({ field: key, message: `${key} ${fout}` })
    return null
  }
  return value
}

/**
 * Parses and checks the parameters. Invalid ones are dropped and reported in `fouten` (the API answers
 * 400 with them; the page shows them and searches without them), so bad input never reaches an engine.
 */
export function parseSearchParams(input: Input, now: Date = new Date()): Parsed {
  const fouten: FieldError[] = []
  const params = emptyParams()

  params.q = (nonEmpty(all(input, 'q'))[0] ?? '').slice(0, MAX_TEKST)
  if ((nonEmpty(all(input, 'q'))[0] ?? '').length > MAX_TEKST)
    fouten.push({ field: 'q', message: `q mag hoogstens ${MAX_TEKST} tekens lang zijn` })
  params.waar = (nonEmpty(all(input, 'waar'))[0] ?? '').slice(0, 100)

  params.lat = number(input, 'lat', fouten, (n) =>
    n >= 49 && n <= 52 ? null : 'ligt niet in België (49 tot 52)',
  )
  params.lon = number(input, 'lon', fouten, (n) =>
    n >= 2 && n <= 7 ? null : 'ligt niet in België (2 tot 7)',
  )
  if ((params.lat === null) !== (params.lon === null)) {
    fouten.push({
      field: params.lat === null ? 'lat' : 'lon',
      message: 'lat en lon horen samen: geef ze allebei',
    })
    params.lat = params.lon = null
  }
  params.afstand = number(input, 'afstand', fouten, (n) =>
    n > 0 && n <= MAX_DISTANCE_KM ? null : `moet tussen 0 en ${MAX_DISTANCE_KM} km liggen`,
  )

  for (const value of nonEmpty(all(input, 'type'))) {
    if ((FICHE_TYPES as readonly string[]).includes(value)) params.type.push(value as FicheType)
    else
      fouten.push({
        field: 'type',
        message: `type "${value}" bestaat niet (kies uit ${FICHE_TYPES.join(', ')})`,
      })
  }
  for (const value of nonEmpty(all(input, 'rubriek'))) {
    if (/^\d{1,9}$/.test(value)) params.rubriek.push(Number(value))
    else fouten.push({ field: 'rubriek', message: `rubriek "${value}" is geen rubrieknummer` })
  }
  for (const value of nonEmpty(all(input, 'gemeente'))) {
    if (/^\d{5}$/.test(value)) params.gemeente.push(value)
    else
      fouten.push({
        field: 'gemeente',
        message: `gemeente "${value}" is geen NIS-code van 5 cijfers`,
      })
  }
  for (const value of nonEmpty(all(input, 'doelgroep'))) {
    if (doelgroepKeys.has(value)) params.doelgroep.push(value)
    else fouten.push({ field: 'doelgroep', message: `doelgroep "${value}" bestaat niet` })
  }
  for (const value of nonEmpty(all(input, 'beroep'))) {
    if (beroepKeys.has(value)) params.beroep.push(value)
    else fouten.push({ field: 'beroep', message: `beroep "${value}" bestaat niet` })
  }

  const open = nonEmpty(all(input, 'open'))[0]
  params.open = open === '1' || open === 'true' || open === 'ja'
  const moment = nonEmpty(all(input, 'moment'))[0]
  if (moment !== undefined) {
    if (Number.isNaN(Date.parse(moment)))
      fouten.push({
        field: 'moment',
        message: `moment "${moment}" is geen datum en tijd (ISO 8601)`,
      })
    else params.moment = moment
  }

  const sort = nonEmpty(all(input, 'sort'))[0]
  if (sort !== undefined) {
    if ((SORTS as readonly string[]).includes(sort)) params.sort = sort as SortOrder
    else
      fouten.push({
        field: 'sort',
        message: `sort "${sort}" bestaat niet (kies uit ${SORTS.join(', ')})`,
      })
  }
  params.pagina =
    number(input, 'pagina', fouten, (n) =>
      Number.isInteger(n) && n >= 1 && n <= 1000
        ? null
        : 'moet een geheel getal van 1 tot 1000 zijn',
    ) ?? 1
  params.per =
    number(input, 'per', fouten, (n) =>
      Number.isInteger(n) && n >= 1 && n <= MAX_PER_PAGE
        ? null
        : `moet een geheel getal van 1 tot ${MAX_PER_PAGE} zijn`,
    ) ?? DEFAULT_PER_PAGE

  const plaats = params.waar === '' ? null : resolvePlace(params.waar)
  if (params.waar !== '' && !plaats)
    fouten.push({
      field: 'waar',
      message: `"${params.waar}" is geen gemeente, deelgemeente of postcode in Vlaanderen of Brussel`,
    })

  return { params, query: toQuery(params, plaats, now), plaats, fouten }
}

function toQuery(params: SearchParams, plaats: Place | null, now: Date): SearchQuery {
  const query: SearchQuery = { page: params.pagina, perPage: params.per }
  if (params.q) query.tekst = params.q
  if (params.type.length) query.types = params.type
  if (params.rubriek.length) query.rubrieken = params.rubriek
  if (params.doelgroep.length) query.doelgroepen = params.doelgroep
  if (params.beroep.length) query.beroepen = params.beroep
  const gemeenten = [...params.gemeente]

  // "My location" wins over the typed place; a radius only applies around a point.
  if (params.lat !== null && params.lon !== null) {
    query.nabij = { lat: params.lat, lon: params.lon, straalKm: params.afstand ?? undefined }
  } else if (plaats) {
    const straal = params.afstand ?? plaats.standaardStraalKm ?? undefined
    query.nabij = { ...plaats.centrum, straalKm: straal }
    if (straal === undefined && plaats.nis) gemeenten.push(plaats.nis)
  }
  if (gemeenten.length) query.gemeenten = [...new Set(gemeenten)]
  if (params.open) query.openOp = params.moment ? new Date(params.moment) : now
  query.sort = params.sort ?? (query.tekst ? 'relevantie' : query.nabij ? 'afstand' : 'naam')
  if (query.sort === 'afstand' && !query.nabij) query.sort = query.tekst ? 'relevantie' : 'naam'
  return query
}

/** The URL query string for a state, without defaults, keys in a stable order (shareable, cacheable). */
export function toSearchString(params: Partial<SearchParams>): string {
  const out = new URLSearchParams()
  const set = (key: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') out.append(key, String(value))
  }
  set('q', params.q)
  set('waar', params.waar)
  set('lat', params.lat)
  set('lon', params.lon)
  set('afstand', params.afstand)
  for (const v of params.type ?? []) set('type', v)
  for (const v of params.rubriek ?? []) set('rubriek', v)
  for (const v of params.gemeente ?? []) set('gemeente', v)
  for (const v of params.doelgroep ?? []) set('doelgroep', v)
  for (const v of params.beroep ?? []) set('beroep', v)
  if (params.open) set('open', 1)
  set('moment', params.moment)
  set('sort', params.sort)
  if (params.pagina && params.pagina > 1) set('pagina', params.pagina)
  if (params.per && params.per !== DEFAULT_PER_PAGE) set('per', params.per)
  return out.toString()
}
