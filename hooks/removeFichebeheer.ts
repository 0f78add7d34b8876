import type { CollectionAfterDeleteHook } from 'payload'

/** Management relations of a deleted fiche mean nothing any more. */
export const removeFichebeheer =
  (field: 'organisatie' | 'praktijk'): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({ collection: 'fichebeheer', where: { [field]: { equals: id } }, overrideAccess: true, req })
  }
