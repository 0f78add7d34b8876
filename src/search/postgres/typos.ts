// Typo tolerance that costs next to nothing on ordinary queries: only a word that matches no document
// at all is looked up in the dictionary of indexed words (search_terms, trigram index), and replaced
// by its closest words. 'kinesitherapuet' -> 'kinesitherapeut'.
import {
  analyseQuery,
  type AnalysedQuery,
  type AnalysedToken,
  COMPOUND_MARKER,
  toTsQuery,
} from '../query'
import { editDistance } from '../query/edit-distance'
import type { Queryable } from '../source/queryable'

const MIN_LENGTE = 4
const MAX_VERBETERINGEN = 2
const MIN_GELIJKENIS = 0.3
const KANDIDATEN = 12

export type Corrected = { analysed: AnalysedQuery; verbeteringen: { van: string; naar: string }[] }

const tsq = (token: AnalysedToken, prefix: boolean) =>
  toTsQuery({ raw: token.token, tokens: [token] }, { prefix, compoundMarker: COMPOUND_MARKER })

export async function correctTypos(
  db: Queryable,
  table: string,
  analysed: AnalysedQuery,
  prefix: boolean,
): Promise<Corrected> {
  const kandidaten = analysed.tokens.filter(
    (t) => t.token.length >= MIN_LENGTE && /^[a-z ]+$/.test(t.token),
  )
  if (kandidaten.length === 0) return { analysed, verbeteringen: [] }
  // Most words are in the dictionary: a primary-key lookup (or, while typing, a trigram-indexed LIKE)
  // settles them. Only the rest is checked against the index itself, where compound parts live.
  const woorden = [
    ...new Set(kandidaten.flatMap((t) => t.variants.filter((v) => !v.includes(' ')))),
  ]
  const typend = kandidaten.filter((t) => prefix && t.prefix).map((t) => `${t.token}%`)
  const { rows: bekend } = await db.query<{ term: string }>(
    `SELECT term FROM search_terms WHERE term = ANY($1::text[])
     UNION ALL SELECT p FROM unnest($2::text[]) AS p WHERE EXISTS (SELECT 1 FROM search_terms WHERE term LIKE p)`,
    [woorden, typend],
  )
  const inWoordenboek = new Set(bekend.map((r) => r.term))
  const twijfel = kandidaten.filter(
    (t) => !inWoordenboek.has(`${t.token}%`) && !t.variants.some((v) => inWoordenboek.has(v)),
  )
  if (twijfel.length === 0) return { analysed, verbeteringen: [] }
  const { rows } = await db.query<{ q: string; gevonden: boolean }>(
    `SELECT q, EXISTS (SELECT 1 FROM ${table} WHERE tekst @@ q::tsquery) AS gevonden FROM unnest($1::text[]) AS q`,
    [twijfel.map((t) => tsq(t, prefix))],
  )
  const onbekend = new Set(rows.filter((r) => !r.gevonden).map((r) => r.q))
  if (onbekend.size === 0) return { analysed, verbeteringen: [] }

  const verbeteringen: Corrected['verbeteringen'] = []
  const tokens: AnalysedToken[] = []
  for (const token of analysed.tokens) {
    if (!twijfel.includes(token) || !onbekend.has(tsq(token, prefix))) {
      tokens.push(token)
      continue
    }
    // Trigrams find candidates fast through the index; the edit distance picks among them, so a swap
    // of two letters ('uet' for 'eut') beats a word that merely shares more trigrams.
    const { rows: opties } = await db.query<{ term: string; documenten: number }>(
      `SELECT term, documenten FROM search_terms WHERE term % $1 AND similarity(term, $1) >= $2
       ORDER BY similarity(term, $1) DESC LIMIT ${KANDIDATEN}`,
      [token.token, MIN_GELIJKENIS],
    )
    const maxAfstand = token.token.length <= 6 ? 1 : 2
    const termen = opties
      .map((k) => ({
        term: k.term,
        documenten: Number(k.documenten),
        afstand: editDistance(token.token, k.term),
      }))
      .filter((k) => k.afstand <= maxAfstand)
      .sort(
        (a, b) =>
          a.afstand - b.afstand || b.documenten - a.documenten || a.term.localeCompare(b.term),
      )
      .slice(0, MAX_VERBETERINGEN)
    if (termen.length === 0) {
      tokens.push(token)
      continue
    }
    const corrected = termen.flatMap((t) => analyseQuery(t.term).tokens)
    tokens.push({
      token: token.token,
      variants: [...new Set([token.token, ...corrected.flatMap((x) => x.variants)])],
      forms: [...new Set([token.token, ...corrected.flatMap((x) => x.forms)])],
      prefix: false,
    })
    verbeteringen.push({ van: token.token, naar: termen[0]?.term ?? '' })
  }
  return { analysed: { raw: analysed.raw, tokens }, verbeteringen }
}
