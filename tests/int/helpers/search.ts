import type { Payload } from 'payload'

import { getSearchEngine, poolOf } from '@/search/engine'
import { drainOutbox } from '@/search/sync/worker'

/** An empty index and outbox: a search test sees only the fiches it makes itself. */
export async function resetSearch(payload: Payload): Promise<void> {
  await poolOf(payload).query('TRUNCATE search_documents, search_outbox, search_terms')
}

/** What the worker would do within a second: apply every recorded change. */
export async function syncSearch(payload: Payload) {
  return drainOutbox(poolOf(payload), getSearchEngine(payload))
}
