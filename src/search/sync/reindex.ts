// `npm run reindex` and the first start: rebuild the whole index from the database while the site
// keeps answering from the old one. Changes the worker applied during the rebuild went to the old
// index only, so the outbox rows recorded since the start are replayed against the new one.
import { allDocuments } from '../source/load'
import type { Queryable } from '../source/queryable'
import type { SearchEngine } from '../types'

export async function countIndexable(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM aanbod WHERE status = 'actief') + (SELECT count(*) FROM organisaties WHERE status = 'actief')
      + (SELECT count(*) FROM praktijken WHERE status = 'actief') + (SELECT count(*) FROM zorgverleners WHERE status = 'actief') AS n`,
  )
  return Number(rows[0]?.n ?? 0)
}

export async function reindexAll(
  db: Queryable,
  engine: SearchEngine,
  onProgress?: (indexed: number) => void,
): Promise<{ indexed: number; replayed: number; elapsedMs: number; phases?: Record<string, number> }> {
  const started = Date.now()
  const { rows } = await db.query<{ t: Date }>('SELECT clock_timestamp() AS t')
  const since = rows[0]?.t
  const { indexed, phases } = await engine.reindex(allDocuments(db), onProgress)
  const replay = await db.query(
    `UPDATE search_outbox SET processed_at = NULL, available_at = clock_timestamp() WHERE enqueued_at >= $1 AND processed_at IS NOT NULL`,
    [since],
  )
  return { indexed, replayed: replay.rowCount ?? 0, elapsedMs: Date.now() - started, phases }
}
