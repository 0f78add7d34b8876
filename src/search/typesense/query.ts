// SearchQuery -> Typesense search parameters. Pure: `now` is passed in, the adapter sends the result
// as one multi_search request.
import { scheduleMoment, type ScheduleMoment } from '@/search/document/schedule'
import { analyseQuery, singularForms } from '@/search/query'

import type { SearchQuery, SortOrder } from '../types'
import { FACET_FIELDS, SLOT_MINUTES, TEXT_FIELDS } from './schema'

export const DEFAULT_PER_PAGE = 20
export const MAX_PER_PAGE = 100
/** Enough for every rubriek of the tree, every municipality of a region, every doelgroep and beroep. */
export const MAX_FACET_VALUES = 500

// Name matches first, description and compound parts last ('zorgcentrum' finds 'woonzorgcentrum',
// but below fiches that say 'zorgcentrum' themselves). Typesense allows weights 0-127.
const WEIGHTS: Record<(typeof TEXT_FIELDS)[number], number> = {
  naam: 15,
  parent_naam: 12,
  zorgverlener_namen: 11,
  rubriek_namen: 10,
  beroep_labels: 9,
  doelgroep_labels: 7,
  gemeenten: 6,
  adres_termen: 5,
  beschrijving: 3,
  compound_delen: 1,
}

/** One entry of a multi_search request, without `collection` (the adapter adds its alias). */
export type TypesenseSearchParams = {
  q: string
  query_by: string
  query_by_weights?: string
  prefix: boolean
  num_typos: number
  /** Every word must match, as in the PostgreSQL adapter: no silently dropped words. */
  drop_tokens_threshold: number
  /** A postcode is exact: '9000' must not find '9001' (Typesense >= 0.25). */
  enable_typos_for_numerical_tokens?: boolean
  filter_by?: string
  sort_by?: string
  facet_by?: string
  max_facet_values?: number
  page: number
  per_page: number
  include_fields?: string
}

export type TypesenseSearchPlan = {
  page: number
  perPage: number
  /** The page of hits with its facets. */
  main: TypesenseSearchParams
  /** The same search narrowed to fiches open now, counted only; null when `openOp` already narrows `main`. */
  nuOpen: TypesenseSearchParams | null
}

/** A string filter value as a literal: backticks keep commas and brackets inside it from being parsed. */
function literal(value: string): string {
  return `\`${value.replace(/`/g, '')}\``
}

function integers(values: readonly number[]): number[] {
  return [...new Set(values.filter((value) => Number.isInteger(value)))]
}

/** The rule of EncodedSchedule on the slot fields of document.ts. */
export function openNowFilter(moment: ScheduleMoment): string {
  const weekSlot = Math.floor(moment.weekMinuut / SLOT_MINUTES)
  const absoluteSlot = Math.floor(moment.absoluteMinuut / SLOT_MINUTES)
  return (
    `((special_days:!=[${moment.dag}, ${moment.dag - 1}] && week_slots:=${weekSlot})` +
    ` || special_slots:=${absoluteSlot})`
  )
}

/**
 * The words sent as `q`. Synonyms are not expanded here: the collection has them as synonym sets.
 * A finished word is sent as its singular (the last, most folded form of singularForms), because the
 * documents index each word with its singulars: 'huisartsen' then meets fiches saying 'huisarts' too,
 * and 'dokters' triggers the 'dokter' synonym set. A word still being typed is sent as the prefix its
 * forms share ('apotheken' -> 'apothe'), which also finds the longer words it is the start of.
 * `prefix`: true when the query asks for it (then only while the text does not end in a space or
 * punctuation, as analyseQuery decides), 'always' for completions, which finish the last word anyway.
 */
export function queryWords(
  tekst: string,
  prefix: boolean | 'always',
): { q: string; prefix: boolean } {
  const tokens = analyseQuery(tekst).tokens
  const typing =
    tokens.length > 0 && (prefix === 'always' || (prefix && tokens.at(-1)?.prefix === true))
  const words = tokens.map((token, index) => {
    if (token.token.includes(' ')) return token.token
    const forms = singularForms(token.token)
    if (typing && index === tokens.length - 1) return commonPrefix(forms)
    return forms.at(-1) ?? token.token
  })
  return { q: words.join(' '), prefix: typing }
}

function commonPrefix(words: readonly string[]): string {
  const [first = '', ...rest] = words
  let length = first.length
  for (const word of rest) while (!word.startsWith(first.slice(0, length))) length--
  return first.slice(0, length)
}

type TextParams = Pick<
  TypesenseSearchParams,
  | 'q'
  | 'query_by'
  | 'query_by_weights'
  | 'prefix'
  | 'num_typos'
  | 'drop_tokens_threshold'
  | 'enable_typos_for_numerical_tokens'
>

function textParams(query: SearchQuery): TextParams {
  const { q, prefix } = queryWords(query.tekst ?? '', query.prefix === true)
  return {
    // An empty or stop-word-only text browses: every fiche that passes the filters.
    q: q === '' ? '*' : q,
    query_by: TEXT_FIELDS.join(','),
    query_by_weights: TEXT_FIELDS.map((field) => WEIGHTS[field]).join(','),
    prefix,
    // Typesense allows 1 typo from 4 letters and 2 from 7 ('kinesitherapuet' -> 'kinesitherapeut').
    num_typos: 2,
    drop_tokens_threshold: 0,
    enable_typos_for_numerical_tokens: false,
  }
}

function filters(query: SearchQuery): string[] {
  const result: string[] = []
  const strings = (field: string, values: readonly string[] | undefined) => {
    const unique = [...new Set(values ?? [])].filter((value) => value !== '')
    if (unique.length > 0) result.push(`${field}:=[${unique.map(literal).join(', ')}]`)
  }
  strings('type', query.types)
  const rubrieken = integers(query.rubrieken ?? [])
  if (rubrieken.length > 0) result.push(`rubriek_ids:=[${rubrieken.join(', ')}]`)
  strings('nis_codes', query.gemeenten)
  strings('doelgroepen', query.doelgroepen)
  strings('beroepen', query.beroepen)
  const nabij = query.nabij
  if (nabij?.straalKm !== undefined && nabij.straalKm > 0) {
    result.push(`locatie:(${nabij.lat}, ${nabij.lon}, ${nabij.straalKm} km)`)
  }
  if (query.openOp) result.push(openNowFilter(scheduleMoment(query.openOp)))
  return result
}

/**
 * sort_by for the order asked, as the PostgreSQL adapter orders: relevance then name, name, or
 * distance then name ('afstand' without `nabij` has no meaning and falls back to relevance). With
 * `nabij` the geo sort is always there, if only last where it changes nothing, because Typesense
 * returns geo_distance_meters only for a geopoint in sort_by. Typesense allows three sort fields.
 */
export function sortBy(sort: SortOrder | undefined, nabij: SearchQuery['nabij']): string {
  const distance = nabij ? `locatie(${nabij.lat}, ${nabij.lon}):asc` : null
  const order =
    sort === 'naam'
      ? ['naam_sort:asc', distance]
      : sort === 'afstand' && distance
        ? [distance, 'naam_sort:asc']
        : ['_text_match:desc', 'naam_sort:asc', distance]
  return order.filter((part): part is string => part !== null).join(',')
}

function checkNabij(nabij: SearchQuery['nabij']): void {
  if (!nabij) return
  const { lat, lon, straalKm } = nabij
  if (
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    (straalKm !== undefined && !Number.isFinite(straalKm))
  ) {
    throw new RangeError(`Invalid nabij: ${JSON.stringify(nabij)}`)
  }
}

/** The multi_search entries for a query; `now` is the instant nuOpen counts for when openOp is absent. */
export function searchPlan(query: SearchQuery, now: Date): TypesenseSearchPlan {
  checkNabij(query.nabij)
  const page = Math.max(1, Math.floor(query.page ?? 1) || 1)
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Math.floor(query.perPage ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE),
  )
  const text = textParams(query)
  const filter = filters(query)
  const filterBy = (parts: string[]) => (parts.length > 0 ? { filter_by: parts.join(' && ') } : {})

  const main: TypesenseSearchParams = {
    ...text,
    ...filterBy(filter),
    sort_by: sortBy(query.sort, query.nabij),
    facet_by: Object.values(FACET_FIELDS).join(','),
    max_facet_values: MAX_FACET_VALUES,
    page,
    per_page: perPage,
    // The stored SearchDocument is all a hit needs; the folded search fields stay on the server.
    include_fields: 'document',
  }
  const nuOpen: TypesenseSearchParams | null = query.openOp
    ? null
    : {
        ...text,
        ...filterBy([...filter, openNowFilter(scheduleMoment(now))]),
        page: 1,
        per_page: 0,
      }
  return { page, perPage, main, nuOpen }
}

/** A prefix search on the names, for completions while typing. */
export function suggestParams(tekst: string, limit: number): TypesenseSearchParams | null {
  // The box is still being typed by definition: the last word is completed even after a space.
  const { q } = queryWords(tekst, 'always')
  if (q === '') return null
  return {
    q,
    query_by: 'naam',
    prefix: true,
    num_typos: 1,
    drop_tokens_threshold: 0,
    enable_typos_for_numerical_tokens: false,
    sort_by: '_text_match:desc,naam_sort:asc',
    page: 1,
    per_page: Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(limit))),
    include_fields: 'document',
  }
}
