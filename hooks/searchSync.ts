// After every change to a fiche or rubriek, record it for the search index (src/search/sync). An
// aanbod also records its parents and zorgverlener, before and after the change: their documents
// show what the aanbod offers (rubrieken, doelgroepen, the people working there).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@access/idOf'
import type { SyncedCollection } from '@/search/sync/collections'
import { enqueueSearchSync } from '@/search/sync/enqueue'

type Change = { collection: SyncedCollection; id: number | string; alleenZelf?: boolean }

function changesFor(collection: SyncedCollection, docs: readonly (Record<string, unknown> | undefined | null)[]): Change[] {
  const changes: Change[] = []
  for (const doc of docs) {
    if (!doc) continue
    changes.push({ collection, id: doc.id as number })
    if (collection !== 'aanbod') continue
    for (const [field, target] of [['organisatie', 'organisaties'], ['praktijk', 'praktijken'], ['zorgverlener', 'zorgverleners']] as const) {
      const id = idOf(doc[field] as never)
      // Only that fiche's own document and page show the aanbod: not the rest of what is under it.
      if (id !== null && id !== undefined) changes.push({ collection: target, id, alleenZelf: true })
    }
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
  (collection: SyncedCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (context.skipSearchSync) return doc
    await enqueueSearchSync(req, changesFor(collection, [doc, previousDoc]))
    return doc
  }

export const searchSyncAfterDelete =
  (collection: SyncedCollection): CollectionAfterDeleteHook =>
  async ({ doc, req, context }) => {
    if (context.skipSearchSync) return doc
    await enqueueSearchSync(req, changesFor(collection, [doc]))
    return doc
  }
