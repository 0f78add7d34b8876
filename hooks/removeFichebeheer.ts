import type { CollectionAfterDeleteHook } from 'payload'

import type { ParentField } from '@/fiches/documents'
import type { Organisatie, Praktijk } from '@/payload-types'

/** Management relations of a deleted fiche mean nothing any more. */
export const removeFichebeheer =
  (field: ParentField): CollectionAfterDeleteHook<Organisatie | Praktijk> =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: 'fichebeheer',
      where: { [field]: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
