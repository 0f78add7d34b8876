// SearchQuery -> two SQL statements run side by side: one page of hits in the requested order, and
// the facet counts over all matches. Both use the same conditions, so counts and hits agree.
import { analyseQuery, COMPOUND_MARKER, documentLexemes, toTsQuery } from '../query'
import type { Queryable } from '../source/queryable'
import type { SearchDocument, SearchFacets, SearchHit, SearchQuery, SearchResult } from '../types'
import { decodeFacetKey } from './facet-keys'
import { filterConditions, openExpression, origin } from './filters'
import { SqlParams } from './params'
import { correctTypos } from './typos'

export const DEFAULT_PER_PAGE = 20
const MAX_PER_PAGE = 100
// ts_rank's weights are given D, C, B, A. Ranking reads `rang` (name and what the fiche is) rather than
// the whole text: reading every match's full text made broad searches several times slower, and a
// match only in the description or a compound part then simply ranks after those.
const WEIGHTS = '{0.05,0.2,0.5,1.0}'

type Plan = {
  where: string[]
  params: SqlParams
  rank: string
  distance: string
  textQuery: string | null
}

type Text = { tsquery: string; naam: string; variants: string[] } | null

// The typo check may query the database, so it runs once; the SQL fragments are then built per
// statement, each with its own parameter list (PostgreSQL refuses parameters a statement never uses).
async function analyseText(
  db: Queryable,
  table: string,
  query: SearchQuery,
): Promise<{ text: Text; verbeteringen: SearchResult['verbeteringen'] }> {
  const prefix = query.prefix === true
  const analysed = analyseQuery(query.tekst ?? '')
  if (analysed.tokens.length === 0) return { text: null, verbeteringen: [] }
  const corrected = await correctTypos(db, table, analysed, prefix)
  const tsquery = toTsQuery(corrected.analysed, { prefix, compoundMarker: COMPOUND_MARKER })
  if (tsquery === '') return { text: null, verbeteringen: corrected.verbeteringen }
  return {
    text: {
      tsquery,
      naam: documentLexemes(query.tekst ?? '').join(' '),
      variants: [...new Set(corrected.analysed.tokens.flatMap((t) => t.variants))],
    },
    verbeteringen: corrected.verbeteringen,
  }
}

function plan(query: SearchQuery, text: Text, withRank: boolean): Plan {
  const params = new SqlParams()
  // The facet counts need the point only for a radius; distances are for the page.
  const point = withRank || query.nabij?.straalKm !== undefined ? origin(query, params) : null
  const where = filterConditions(query, params, point, text !== null)
  let rank = '0'
  let textQuery: string | null = null
  if (text) {
    textQuery = `${params.add(text.tsquery, '::tsquery')}`
    where.push(`tekst @@ ${textQuery}`)
    // The fiche named exactly what was asked, and the professionals of exactly that profession, first.
    if (withRank) {
      rank = `ts_rank('${WEIGHTS}', rang, ${textQuery})
        + CASE WHEN naam_norm = ${params.add(text.naam, '::text')} THEN 1.0 WHEN naam_norm LIKE ${params.add(`${text.naam}%`, '::text')} THEN 0.4 ELSE 0 END
        + CASE WHEN beroep_termen && ${params.add(text.variants, '::text[]')} THEN 0.6 ELSE 0 END`
    }
  }
  const distance = point ? `earth_distance(${point}, locatie) / 1000.0` : 'NULL::float8'
  return { where, params, rank, distance, textQuery }
}

function orderBy(query: SearchQuery, p: Plan): string {
  const sort = query.sort ?? (p.textQuery ? 'relevantie' : 'naam')
  if (sort === 'afstand' && query.nabij) return 'afstand ASC NULLS LAST, naam_sort, id'
  if (sort === 'relevantie' && p.textQuery) return 'score DESC, naam_sort, id'
  return 'naam_sort, id'
}

async function page(
  db: Queryable,
  table: string,
  query: SearchQuery,
  text: Text,
  perPage: number,
  pageNumber: number,
): Promise<SearchHit[]> {
  const p = plan(query, text, true)
  const params = p.params
  // The order is found on narrow rows; only the page's own documents are then read (they are stored
  // out of line, and carrying them through the sort would read every match's document).
  const sql = `SELECT d.document, m.score, m.afstand FROM (
      SELECT id, naam_sort, ${p.rank} AS score, ${p.distance} AS afstand FROM ${table}
      ${p.where.length ? `WHERE ${p.where.join(' AND ')}` : ''}
      ORDER BY ${orderBy(query, p)}
      LIMIT ${params.add(perPage, '::int')} OFFSET ${params.add((pageNumber - 1) * perPage, '::int')}
    ) AS m JOIN ${table} d ON d.id = m.id
    ORDER BY ${orderBy(query, p).replace(/\b(naam_sort|id)\b/g, 'm.$1')}`
  const { rows } = await db.query<{
    document: SearchDocument
    score: number
    afstand: number | null
  }>(sql, params.values)
  return rows.map((r) => ({
    document: r.document,
    score: Number(r.score),
    afstandKm: r.afstand === null ? null : Math.round(Number(r.afstand) * 100) / 100,
  }))
}

async function facets(
  db: Queryable,
  table: string,
  query: SearchQuery,
  text: Text,
): Promise<{ total: number; facets: SearchFacets }> {
  const p = plan(query, text, false)
  const params = p.params
  const open = openExpression(query.openOp ?? new Date(), params)
  // One pass: every match's facet keys (facet-keys.ts) counted at once, with how many of them are
  // open. Every document has exactly one type key, so the type counts also give the total and "open".
  const sql = `SELECT k, count(*) AS n, count(*) FILTER (WHERE o) AS open FROM (
      SELECT unnest(facet_keys) AS k, ${open} AS o FROM ${table}
      ${p.where.length ? `WHERE ${p.where.join(' AND ')}` : ''}) AS keys
    GROUP BY k`
  const { rows } = await db.query<{ k: number; n: string; open: string }>(sql, params.values)
  const result: SearchFacets = {
    type: [],
    rubriek: [],
    gemeente: [],
    doelgroep: [],
    beroep: [],
    nuOpen: 0,
  }
  let total = 0
  for (const row of rows) {
    const decoded = decodeFacetKey(Number(row.k))
    if (!decoded) continue
    const count = Number(row.n)
    result[decoded.facet].push({ value: decoded.value, count })
    if (decoded.facet === 'type') {
      total += count
      result.nuOpen += Number(row.open)
    }
  }
  for (const key of ['type', 'rubriek', 'gemeente', 'doelgroep', 'beroep'] as const) {
    result[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
  }
  return { total, facets: result }
}

export async function searchPostgres(
  db: Queryable,
  table: string,
  query: SearchQuery,
): Promise<SearchResult> {
  const perPage = Math.min(Math.max(1, Math.trunc(query.perPage ?? DEFAULT_PER_PAGE)), MAX_PER_PAGE)
  const pageNumber = Math.max(1, Math.trunc(query.page ?? 1))
  const { text, verbeteringen } = await analyseText(db, table, query)
  const [hits, counted] = await Promise.all([
    page(db, table, query, text, perPage, pageNumber),
    facets(db, table, query, text),
  ])
  return {
    total: counted.total,
    page: pageNumber,
    perPage,
    hits,
    facets: counted.facets,
    verbeteringen,
  }
}
