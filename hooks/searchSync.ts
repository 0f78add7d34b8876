// After every change to a fiche or rubriek, record it for the search index (src/search/sync). An
// aanbod also records its parents and zorgverlener, before and after the change: their documents
// show what the aanbod offers (rubrieken, doelgroepen, the people working there).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@access/idOf'
import type { SyncedCollection } from '@/search/sync/collections'
import { enqueueSearchSync } from '@/search/sync/enqueue'

type Change = { collection: SyncedCollection; id: number | string }

function changesFor(collection: SyncedCollection, docs: readonly (Record<string, unknown> | undefined | null)[]): Change[] {
  const changes: Change[] = []
  for (const doc of docs) {
    if (!doc) continue
    changes.push({ collection, id: doc.id as number })
    if (collection !== 'aanbod') continue
    for (const [field, target] of [['organisatie', 'organisaties'], ['praktijk', 'praktijken'], ['zorgverlener', 'zorgverleners']] as const) {
      const id = idOf(doc[field] as never)
      if (id !== null && id !== undefined) changes.push({ collection: target, id })
    }
  }
  const seen = new Set<string>()
  return changes.filter((c) => !seen.has(`${c.collection}:${c.id}`) && seen.add(`${c.collection}:${c.id}`))
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
