import type { Payload } from 'payload'

import { getSearchEngine, poolOf } from '@/search/engine'
import { SEARCH_QUEUE } from '@/search/sync/enqueue'
import { drainSearchQueue } from '@/search/sync/worker'

/** An empty index and search queue: a search test sees only the fiches it makes itself. */
export async function resetSearch(payload: Payload): Promise<void> {
  await poolOf(payload).query('TRUNCATE search_documents, search_terms')
  await poolOf(payload).query('DELETE FROM queue_jobs WHERE queue = $1', [SEARCH_QUEUE])
}

/** What the worker would do within a second: apply every recorded change. */
export async function syncSearch(payload: Payload) {
  return drainSearchQueue(poolOf(payload), getSearchEngine(payload))
}
