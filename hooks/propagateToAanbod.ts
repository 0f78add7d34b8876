import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/utilities/id-of'
import type { ParentField } from '@/fiches/documents'
import type { Organisatie, Praktijk } from '@/payload-types'

/**
 * A stopped organisatie or praktijk stops its aanbod (visitors must not find offer of a closed
 * provider), and a parent that moves region takes the aanbod that has no address of its own along.
 */
export const propagateToAanbod =
  (parentField: ParentField): CollectionAfterChangeHook<Organisatie | Praktijk> =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    const stopped = doc.status === 'stopgezet' && previousDoc?.status !== 'stopgezet'
    const moved = idOf(doc.regio) !== idOf(previousDoc?.regio)
    if (!stopped && !moved) return doc
    await req.payload.update({
      collection: 'aanbod',
      where: { [parentField]: { equals: doc.id } },
      data: stopped ? { status: 'stopgezet' } : {},
      overrideAccess: true,
      depth: 0,
      select: { status: true },
      req,
      context: { systemWrite: true },
    })
    return doc
  }
