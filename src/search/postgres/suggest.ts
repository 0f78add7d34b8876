// Completions while typing: fiche names with words that start with what was typed. The text index
// finds the candidates (no weights, so no recheck), the small `rang` vector keeps those whose name
// (weight A) matches.
import { analyseQuery, COMPOUND_MARKER, toTsQuery } from '../query'
import type { Queryable } from '../source/queryable'
import type { FicheType, Suggestion } from '../types'

export async function suggestPostgres(
  db: Queryable,
  table: string,
  tekst: string,
  limit: number,
): Promise<Suggestion[]> {
  const analysed = analyseQuery(tekst)
  if (analysed.tokens.length === 0) return []
  // Suggestions complete the last word even after a space: the box is by definition still being typed.
  const tokens = analysed.tokens.map((t, i) => ({ ...t, prefix: i === analysed.tokens.length - 1 }))
  const alles = toTsQuery({ raw: tekst, tokens }, { prefix: true, compoundMarker: COMPOUND_MARKER })
  const naam = toTsQuery({ raw: tekst, tokens }, { prefix: true, prefixWeights: 'A' })
  if (naam === '') return []
  const { rows } = await db.query<{
    naam: string
    type: FicheType
    doc_id: number
    plaats: string | null
  }>(
    `SELECT document->>'naam' AS naam, type, doc_id, document->'adres'->>'gemeente' AS plaats FROM ${table}
     WHERE tekst @@ $3::tsquery AND rang @@ to_tsquery('simple', $1)
     ORDER BY ts_rank('{0,0,0,1}', rang, to_tsquery('simple', $1)) DESC, length(document->>'naam'), naam_sort
     LIMIT $2`,
    [naam, limit, alles],
  )
  return rows.map((r) => ({
    tekst: r.naam,
    soort: 'fiche' as const,
    type: r.type,
    docId: Number(r.doc_id),
    ...(r.plaats ? { plaats: r.plaats } : {}),
  }))
}
