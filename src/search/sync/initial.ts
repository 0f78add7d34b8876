// A database with fiches but an empty PostgreSQL index (a fresh install, a bulk seed, a restored
// dump): build the index before serving, or every search would come back empty.
import type { Payload } from 'payload'

import { getSearchEngine, poolOf } from '../engine'
import { countIndexable, reindexAll } from './reindex'

export async function ensureSearchIndex(
  payload: Payload,
  onProgress?: (done: number, total: number) => void,
): Promise<{ indexed: number } | null> {
  const engine = getSearchEngine(payload)
  if (engine.name !== 'postgres') return null
  const pool = poolOf(payload)
  const { rows } = await pool.query<{ leeg: boolean }>(
    'SELECT NOT EXISTS (SELECT 1 FROM search_documents) AS leeg',
  )
  if (!rows[0]?.leeg) return null
  const total = await countIndexable(pool)
  if (total === 0) return null
  const result = await reindexAll(pool, engine, (done) => onProgress?.(done, total))
  return { indexed: result.indexed }
}
