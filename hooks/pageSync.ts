// Published content changed: record it in the outbox (same transaction as the change), so the sync
// worker refreshes the cached handleidingen and FAQ pages. Saving a draft changes no public page.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  DataFromCollectionSlug,
} from 'payload'

import { enqueueSearchSync } from '@/search/sync/enqueue'

type Inhoud = 'handleidingen' | 'faq'

const publiek = (doc: DataFromCollectionSlug<Inhoud> | undefined | null) =>
  doc?._status === 'published'

export const pageSyncAfterChange =
  <S extends Inhoud>(collection: S): CollectionAfterChangeHook<DataFromCollectionSlug<S>> =>
  async ({ doc, previousDoc, req }) => {
    if (publiek(doc) || publiek(previousDoc))
      await enqueueSearchSync(req, [{ collection, id: doc.id }])
    return doc
  }

export const pageSyncAfterDelete =
  <S extends Inhoud>(collection: S): CollectionAfterDeleteHook<DataFromCollectionSlug<S>> =>
  async ({ doc, req }) => {
    await enqueueSearchSync(req, [{ collection, id: doc.id }])
    return doc
  }
