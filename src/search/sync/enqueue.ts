// Records "this fiche changed" on the 'search' queue, inside the transaction of the change itself:
// if the change rolls back, so does the record; if it commits, the worker will see it even when the
// search engine is down right now. The hook never talks to the engine.
import type { PayloadRequest } from 'payload'

import { enqueueMany } from '@/queue/enqueue'

import type { OutboxCollection } from './collections'

export const SEARCH_QUEUE = 'search'

/** What a search job carries: one changed record. `alleenZelf`: only that fiche, not what is under it. */
export type SearchJob = { collection: OutboxCollection; id: number; alleenZelf: boolean }

export async function enqueueSearchSync(
  req: PayloadRequest,
  changes: readonly { collection: OutboxCollection; id: number | string; alleenZelf?: boolean }[],
): Promise<void> {
  const jobs: SearchJob[] = changes
    .filter((c) => c.id !== null && c.id !== undefined && Number.isInteger(Number(c.id)))
    .map((c) => ({ collection: c.collection, id: Number(c.id), alleenZelf: c.alleenZelf === true }))
  await enqueueMany(req, SEARCH_QUEUE, jobs)
}
