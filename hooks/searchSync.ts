// After every change to a fiche or rubriek, record it for the search index (src/search/sync). An
// aanbod also records its parents and zorgverlener, before and after the change: their documents
// show what the aanbod offers (rubrieken, doelgroepen, the people working there).
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  DataFromCollectionSlug,
} from 'payload'

import { idOf } from '@/utilities/id-of'
import type { Aanbod } from '@/payload-types'
import type { SyncedCollection } from '@/search/sync/collections'
import { enqueueSearchSync } from '@/search/sync/enqueue'

type Change = { collection: SyncedCollection; id: number | string; alleenZelf?: boolean }

/** Only that fiche's own document and page show the aanbod: not the rest of what is under it. */
const aanbodParents = (doc: Aanbod): Change[] => {
  const changes: Change[] = []
  for (const [id, target] of [
    [idOf(doc.organisatie), 'organisaties'],
    [idOf(doc.praktijk), 'praktijken'],
    [idOf(doc.zorgverlener), 'zorgverleners'],
  ] as const) {
    if (id !== null && id !== undefined) changes.push({ collection: target, id, alleenZelf: true })
  }
  return changes
}

/** The other documents a change shows on, per collection. */
const RELATED: { [S in SyncedCollection]?: (doc: DataFromCollectionSlug<S>) => Change[] } = {
  aanbod: aanbodParents,
}

function changesFor<S extends SyncedCollection>(
  collection: S,
  docs: readonly (DataFromCollectionSlug<S> | undefined | null)[],
): Change[] {
  const related = RELATED[collection]
  const changes: Change[] = []
  for (const doc of docs) {
    if (!doc) continue
    changes.push({ collection, id: doc.id }, ...(related?.(doc) ?? []))
  }
  // A fiche changed itself outweighs the same fiche recorded as an aanbod's parent.
  const seen = new Map<string, Change>()
  for (const change of changes) {
    const key = `${change.collection}:${change.id}`
    const earlier = seen.get(key)
    if (!earlier || (earlier.alleenZelf && !change.alleenZelf)) seen.set(key, change)
  }
  return [...seen.values()]
}

export const searchSyncAfterChange =
  <S extends SyncedCollection>(
    collection: S,
  ): CollectionAfterChangeHook<DataFromCollectionSlug<S>> =>
  async ({ doc, previousDoc, req, context }) => {
    if (context.skipSearchSync) return doc
    await enqueueSearchSync(req, changesFor(collection, [doc, previousDoc]))
    return doc
  }

export const searchSyncAfterDelete =
  <S extends SyncedCollection>(
    collection: S,
  ): CollectionAfterDeleteHook<DataFromCollectionSlug<S>> =>
  async ({ doc, req, context }) => {
    if (context.skipSearchSync) return doc
    await enqueueSearchSync(req, changesFor(collection, [doc]))
    return doc
  }
