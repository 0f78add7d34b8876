// The public pages follow the same outbox as the search index: after a batch is in the index, the
// pages it touched are revalidated, and only then is the batch done.
import { teVernieuwenPaginas } from '@/domain/revalidation'
import type { AfterApply } from '@/search/sync/worker'

import { geraakteWijzigingen } from './affected'
import { eigenOrigin, vraagRevalidatie } from './send'

/** For the worker inside the server; scripts have no page cache to refresh and get nothing. */
export function paginaRevalidatie(origin: () => string | null = eigenOrigin, verstuur = vraagRevalidatie): AfterApply {
  return async (db, refs, collecties) => {
    const server = origin()
    if (!server) return
    const werk = teVernieuwenPaginas(await geraakteWijzigingen(db, refs, collecties))
    if (werk.paden.length + werk.layouts.length + werk.tags.length > 0) await verstuur(server, werk)
  }
}
