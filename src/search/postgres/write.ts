// Writes documents into a search table in one statement per batch: the rows travel as one JSON
// parameter and PostgreSQL builds the tsvector, the earth point and the multiranges itself.
import { COMPOUND_MARKER } from '../query'
import type { Queryable } from '../source/queryable'
import type { SearchDocument } from '../types'
import { toRow } from './rows'

const COLUMNS = `id, type, doc_id, naam_sort, naam_norm, document, tekst, rang, facet_keys,
  beroep_termen, locatie, week_open, special_days, special_open, indexed_at`

const SELECT_ROWS = `
  SELECT r.id, r.type, r.doc_id, r.naam_sort, r.naam_norm, r.document,
    array_to_tsvector(r.lexemes),
    setweight(to_tsvector('simple', r.rang_a), 'A') || setweight(to_tsvector('simple', r.rang_b), 'B'),
    r.facet_keys, r.beroep_termen,
    CASE WHEN r.lat IS NULL OR r.lon IS NULL THEN NULL ELSE ll_to_earth(r.lat, r.lon) END,
    r.week_open::int4multirange, r.special_days, r.special_open::int4multirange, now()
  FROM jsonb_to_recordset($1::jsonb) AS r(id text, type text, doc_id int, naam_sort text, naam_norm text, document jsonb,
    lexemes text[], rang_a text, rang_b text, facet_keys int[], beroep_termen text[], lat float8, lon float8, week_open text, special_days int[], special_open text)`

/** Creates or replaces the documents in `table`, and adds their words to the typo dictionary. */
export async function upsertDocuments(
  db: Queryable,
  table: string,
  documents: readonly SearchDocument[],
  withTerms = true,
): Promise<void> {
  if (documents.length === 0) return
  const rows = JSON.stringify(documents.map(toRow))
  await db.query(
    `INSERT INTO ${table} (${COLUMNS}) ${SELECT_ROWS}
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, doc_id = excluded.doc_id, naam_sort = excluded.naam_sort,
       naam_norm = excluded.naam_norm, document = excluded.document, tekst = excluded.tekst, rang = excluded.rang,
       facet_keys = excluded.facet_keys, beroep_termen = excluded.beroep_termen, locatie = excluded.locatie, week_open = excluded.week_open,
       special_days = excluded.special_days, special_open = excluded.special_open, indexed_at = excluded.indexed_at`,
    [rows],
  )
  if (withTerms)
    await addTerms(
      db,
      documents.map((d) => d.id),
      table,
    )
}

/** Words of these documents (not compound parts) into the dictionary the typo correction searches. */
async function addTerms(db: Queryable, ids: readonly string[], table: string): Promise<void> {
  await db.query(
    `INSERT INTO search_terms (term, documenten)
     SELECT word, ndoc FROM ts_stat($$SELECT tekst FROM ${table} WHERE id = ANY('${toArrayLiteral(ids)}'::text[])$$)
     WHERE word NOT LIKE '${COMPOUND_MARKER}%'
     ON CONFLICT (term) DO NOTHING`,
  )
}

// ids are built by this code ('aanbod:12'); anything else is refused rather than quoted.
function toArrayLiteral(ids: readonly string[]): string {
  for (const id of ids)
    if (!/^[a-z]+:\d+$/.test(id)) throw new Error(`Ongeldige documentsleutel: ${id}`)
  return `{${ids.join(',')}}`
}

export async function deleteDocuments(
  db: Queryable,
  table: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return
  await db.query(`DELETE FROM ${table} WHERE id = ANY($1::text[])`, [ids])
}

/**
 * The whole dictionary again, from a table, into `target` (same shape as search_terms): after a
 * reindex, so that words no fiche uses any more drop out of the typo suggestions.
 */
export async function buildTerms(db: Queryable, table: string, target: string): Promise<void> {
  await db.query(
    `INSERT INTO ${target} (term, documenten) SELECT word, ndoc FROM ts_stat('SELECT tekst FROM ${table}') WHERE word NOT LIKE '${COMPOUND_MARKER}%'`,
  )
}
