import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type DataFromCollectionSlug,
} from 'payload'

/** A collection and the field in it that points here; `wat` names its documents in the message. */
type Use = {
  [C in CollectionSlug]: {
    collection: C
    field: keyof DataFromCollectionSlug<C> & string
    wat: string
  }
}[CollectionSlug]

/**
 * Deleting a row that others point at would silently orphan them (aanbod without a parent, a
 * fiche without a region). Refuse with a 409 that says what still uses it.
 */
export const refuseDeleteWhileUsed =
  (uses: Use[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const inUse: string[] = []
    for (const { collection, field, wat } of uses) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: { [field]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) inUse.push(`${totalDocs} ${wat}`)
    }
    if (inUse.length) {
      throw new APIError(
        `Kan niet verwijderen: nog in gebruik door ${inUse.join(' en ')}. Stop de fiche in plaats van ze te verwijderen, of verwijder of verplaats eerst wat ernaar verwijst.`,
        409,
        undefined,
        true,
      )
    }
  }
