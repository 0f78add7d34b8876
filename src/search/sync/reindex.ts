// `npm run reindex` and the first start: rebuild the whole index from the database while the site
// keeps answering from the old one. Changes the worker applied during the rebuild went to the old
// index only, so the search jobs recorded since the start are replayed against the new one (the
// queue keeps applied jobs a day for this: src/queue/settings.ts).
import { requeueSince } from '@/queue/maintenance'

import { allDocuments } from '../source/load'
import type { Queryable } from '../source/queryable'
import type { SearchEngine } from '../types'
import { SEARCH_QUEUE } from './enqueue'

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
): Promise<{
  indexed: number
  replayed: number
  elapsedMs: number
  phases?: Record<string, number>
}> {
  const started = Date.now()
  const { rows } = await db.query<{ t: Date }>('SELECT clock_timestamp() AS t')
  const since = rows[0]?.t
  const { indexed, phases } = await engine.reindex(allDocuments(db), onProgress)
  const replayed = await requeueSince(db, SEARCH_QUEUE, since)
  return { indexed, replayed, elapsedMs: Date.now() - started, phases }
}
