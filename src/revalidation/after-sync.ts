// The public pages follow the same outbox as the search index: after a batch is in the index, the
// pages it touched are revalidated, and only then is the batch done.
import { pagesToRevalidate } from '@/domain/revalidation'
import type { AfterApply } from '@/search/sync/worker'

import { affectedChanges } from './affected'
import { ownOrigin, requestRevalidation } from './send'

/** For the worker inside the server; scripts have no page cache to refresh and get nothing. */
export function pageRevalidation(
  origin: () => string | null = ownOrigin,
  verstuur = requestRevalidation,
): AfterApply {
  return async (db, refs, collecties) => {
    const server = origin()
    if (!server) return
    const werk = pagesToRevalidate(await affectedChanges(db, refs, collecties))
    if (werk.paden.length + werk.layouts.length + werk.tags.length > 0) await verstuur(server, werk)
  }
}
