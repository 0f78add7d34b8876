// SearchQuery filters as SQL conditions on the search table. Every value is a bound parameter.
import { scheduleMoment } from '../document/schedule'
import type { SearchQuery } from '../types'
import { facetKey } from './facet-keys'
import type { SqlParams } from './params'

/** ll_to_earth of the query's point, or null without one. */
export function origin(query: SearchQuery, params: SqlParams): string | null {
  if (!query.nabij) return null
  return `ll_to_earth(${params.add(query.nabij.lat, '::float8')}, ${params.add(query.nabij.lon, '::float8')})`
}

/** "Open at" per EncodedSchedule's rule, as an expression usable in WHERE or in a count. */
export function openExpression(at: Date, params: SqlParams): string {
  const m = scheduleMoment(at)
  const dagen = params.add([m.dag, m.dag - 1], '::int[]')
  // CASE, not OR: the long special_open list is only read on and after a special day.
  return `(CASE WHEN coalesce(special_days && ${dagen}, false) THEN coalesce(special_open @> ${params.add(m.absoluteMinuut, '::int')}, false)
    ELSE coalesce(week_open @> ${params.add(m.weekMinuut, '::int')}, false) END)`
}

/** Conditions for everything but the text; `point` is origin()'s expression when there is a point. */
export function filterConditions(
  query: SearchQuery,
  params: SqlParams,
  point: string | null,
  withText: boolean,
): string[] {
  const where: string[] = []
  // Each filter is "has any of these facet keys" (OR within a filter, AND between filters), answered
  // by the GIN index on facet_keys when browsing. With text, the text index must lead: a facet like
  // "aanbod" holds half the map, and every fiche it yields would then have its text fetched to be
  // checked; written as an expression, the facet test stays a cheap check on the rows found.
  const column = withText ? `(facet_keys || '{}'::int[])` : 'facet_keys'
  const anyOf = <T>(values: readonly T[] | undefined, key: (value: T) => number | null) => {
    if (!values?.length) return
    const keys = values.map(key).filter((k): k is number => k !== null)
    where.push(`${column} && ${params.add(keys, '::int[]')}`)
  }
  anyOf(query.types, facetKey.type)
  anyOf(query.rubrieken, facetKey.rubriek)
  anyOf(query.gemeenten, facetKey.gemeente)
  anyOf(query.doelgroepen, facetKey.doelgroep)
  anyOf(query.beroepen, facetKey.beroep)
  if (point && query.nabij?.straalKm !== undefined) {
    const meters = params.add(query.nabij.straalKm * 1000, '::float8')
    // earth_box finds the area through the GiST index (a cube slightly larger than the circle, so
    // the distance is checked too). With text too, an area is usually the smaller set of the two.
    where.push(
      `earth_box(${point}, ${meters}) @> locatie AND earth_distance(${point}, locatie) <= ${meters}`,
    )
  }
  if (query.openOp) where.push(openExpression(query.openOp, params))
  return where
}
