// Applies the outbox to the search engine. A batch is claimed with FOR UPDATE SKIP LOCKED inside a
// transaction and marked processed only after the engine accepted it: a worker that dies half-way
// (killed, crashed, engine gone) commits nothing, so the rows are simply taken again. Re-applying is
// harmless because documents are rebuilt from the current database state and upserted by id.
import { buildDocuments, loadRubrieken } from '../source/load'
import type { Queryable } from '../source/queryable'
import type { FicheType, SearchEngine } from '../types'
import { expandChanges, type OutboxRow, type Refs } from './expand'

export type Pool = Queryable & { connect: () => Promise<Queryable & { release: () => void }> }

export type BatchResult = { rows: number; indexed: number; removed: number; failed: boolean; error?: string }

/**
 * Runs after the engine accepted a batch, before its rows are marked done: what else must follow
 * the same changes (the public pages). If it throws, the batch is retried as a whole.
 */
export type AfterApply = (db: Queryable, refs: Refs, collections: ReadonlySet<string>) => Promise<void>

export const DEFAULT_BATCH = 200
const CHUNK = 1000
const MAX_BACKOFF_S = 300

/** Takes and applies one batch of pending outbox rows. Rows of a failed batch wait for their retry. */
export async function processOutboxBatch(pool: Pool, engine: SearchEngine, batchSize = DEFAULT_BATCH, afterApply?: AfterApply): Promise<BatchResult> {
  const client = await pool.connect()
  let ids: number[] = []
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ id: string; collection: string; doc_id: number; alleen_zelf: boolean }>(
      `SELECT id, collection, doc_id, alleen_zelf FROM search_outbox WHERE processed_at IS NULL AND available_at <= clock_timestamp()
       ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [batchSize],
    )
    if (rows.length === 0) {
      await client.query('COMMIT')
      return { rows: 0, indexed: 0, removed: 0, failed: false }
    }
    ids = rows.map((r) => Number(r.id))
    try {
      const { indexed, removed, refs } = await apply(client, engine, rows)
      if (afterApply) await afterApply(client, refs, new Set(rows.map((r) => r.collection)))
      await client.query(`UPDATE search_outbox SET processed_at = clock_timestamp(), last_error = NULL WHERE id = ANY($1::bigint[])`, [ids])
      await client.query('COMMIT')
      return { rows: rows.length, indexed, removed, failed: false }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // Retry after 1, 2, 4, ... seconds, at most 5 minutes: an engine that is down is not hammered.
      await client.query(
        `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
           available_at = clock_timestamp() + make_interval(secs => LEAST(power(2, attempts)::int, ${MAX_BACKOFF_S}))
         WHERE id = ANY($1::bigint[])`,
        [ids, message.slice(0, 1000)],
      )
      await client.query('COMMIT')
      return { rows: rows.length, indexed: 0, removed: 0, failed: true, error: message }
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

async function apply(db: Queryable, engine: SearchEngine, rows: readonly OutboxRow[]) {
  const refs = await expandChanges(db, rows)
  const rubrieken = await loadRubrieken(db)
  let indexed = 0
  let removed = 0
  for (const type of Object.keys(refs) as FicheType[]) {
    const ids = [...refs[type]]
    for (let start = 0; start < ids.length; start += CHUNK) {
      const built = await buildDocuments(db, type, ids.slice(start, start + CHUNK), rubrieken)
      if (built.documents.length > 0) await engine.index(built.documents)
      if (built.removed.length > 0) await engine.remove(built.removed)
      indexed += built.documents.length
      removed += built.removed.length
    }
  }
  return { indexed, removed, refs }
}

/** Processes batches until nothing is due (or a batch fails). For tests, scripts and catch-up. */
export async function drainOutbox(
  pool: Pool,
  engine: SearchEngine,
  batchSize = DEFAULT_BATCH,
  afterApply?: AfterApply,
): Promise<{ rows: number; failed: number }> {
  let rows = 0
  let failed = 0
  for (;;) {
    const result = await processOutboxBatch(pool, engine, batchSize, afterApply)
    rows += result.rows
    if (result.failed) {
      failed += result.rows
      break
    }
    if (result.rows === 0) break
  }
  return { rows, failed }
}

/** Outbox rows not yet applied, and the oldest error among them: for health checks and the README. */
export async function outboxStatus(db: Queryable): Promise<{ pending: number; failing: number; lastError: string | null }> {
  const { rows } = await db.query<{ pending: string; failing: string; last_error: string | null }>(
    `SELECT count(*) AS pending, count(*) FILTER (WHERE attempts > 0) AS failing,
       (SELECT last_error FROM search_outbox WHERE processed_at IS NULL AND last_error IS NOT NULL ORDER BY id LIMIT 1) AS last_error
     FROM search_outbox WHERE processed_at IS NULL`,
  )
  const row = rows[0]
  return { pending: Number(row?.pending ?? 0), failing: Number(row?.failing ?? 0), lastError: row?.last_error ?? null }
}

/** Forget rows applied more than a day ago; kept that long so a reindex can replay what it may have missed. */
export async function pruneOutbox(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM search_outbox WHERE processed_at < now() - interval '1 day'`)
  return rowCount ?? 0
}
