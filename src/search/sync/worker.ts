// Applies the 'search' queue to the search engine, a batch per transaction (src/queue/run.ts, hold
// 'transaction'): the batch is locked while it is applied and marked done only after the engine
// accepted it (and the pages were revalidated). A worker that dies half-way (killed, crashed,
// engine gone) commits nothing, so the jobs are simply taken again. Re-applying is harmless because
// documents are rebuilt from the current database state and upserted by id.
import { drainQueue, type QueueHandlerOptions, runQueueOnce } from '@/queue/run'

import { buildDocuments, loadRubrieken } from '../source/load'
import type { Queryable } from '../source/queryable'
import type { FicheType, SearchEngine } from '../types'
import { SEARCH_QUEUE, type SearchJob } from './enqueue'
import { expandChanges, type OutboxRow, type Refs } from './expand'

export type Pool = Queryable & {
  connect: () => Promise<Queryable & { release: (destroy?: boolean | Error) => void }>
}

export type BatchResult = { rows: number; failed: boolean; error?: string }

/**
 * Runs after the engine accepted a batch, before its jobs are marked done: what else must follow
 * the same changes (the public pages). If it throws, the batch is retried as a whole.
 */
export type AfterApply = (
  db: Queryable,
  refs: Refs,
  collections: ReadonlySet<string>,
) => Promise<void>

export const DEFAULT_BATCH = 200
const CHUNK = 1000

async function apply(db: Queryable, engine: SearchEngine, rows: readonly OutboxRow[]) {
  const refs = await expandChanges(db, rows)
  const rubrieken = await loadRubrieken(db)
  for (const type of Object.keys(refs) as FicheType[]) {
    const ids = [...refs[type]]
    for (let start = 0; start < ids.length; start += CHUNK) {
      const built = await buildDocuments(db, type, ids.slice(start, start + CHUNK), rubrieken)
      if (built.documents.length > 0) await engine.index(built.documents)
      if (built.removed.length > 0) await engine.remove(built.removed)
    }
  }
  return refs
}

export const searchQueue = (
  engine: SearchEngine,
  batchSize = DEFAULT_BATCH,
  afterApply?: AfterApply,
): QueueHandlerOptions<SearchJob> => ({
  queue: SEARCH_QUEUE,
  batchSize,
  handler: async (jobs, tx) => {
    const rows: OutboxRow[] = jobs.map((job) => ({
      collection: job.payload.collection,
      doc_id: job.payload.id,
      alleen_zelf: job.payload.alleenZelf,
    }))
    const refs = await apply(tx, engine, rows)
    if (afterApply) await afterApply(tx, refs, new Set(rows.map((row) => row.collection)))
  },
})

/** Takes and applies one batch of due changes. The changes of a failed batch wait for their retry. */
export async function processSearchBatch(
  pool: Pool,
  engine: SearchEngine,
  batchSize = DEFAULT_BATCH,
  afterApply?: AfterApply,
): Promise<BatchResult> {
  const result = await runQueueOnce(pool, searchQueue(engine, batchSize, afterApply))
  return { rows: result.taken, failed: result.failed > 0, error: result.error }
}

/** Applies batches until nothing is due (or a batch fails). For tests, scripts and catch-up. */
export async function drainSearchQueue(
  pool: Pool,
  engine: SearchEngine,
  batchSize = DEFAULT_BATCH,
  afterApply?: AfterApply,
): Promise<{ rows: number; failed: number }> {
  const result = await drainQueue(
    pool,
    searchQueue(engine, batchSize, afterApply),
    Number.POSITIVE_INFINITY,
  )
  return { rows: result.taken, failed: result.failed }
}
