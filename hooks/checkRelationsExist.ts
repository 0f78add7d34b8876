import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type DataFromCollectionSlug,
} from 'payload'

type Relation<S extends CollectionSlug> = {
  path: keyof DataFromCollectionSlug<S> & string
  relationTo: CollectionSlug
}

const idsIn = (value: unknown): unknown[] => {
  const list: unknown[] = Array.isArray(value)
    ? value
    : value == null || value === ''
      ? []
      : [value]
  return list.map((item) => (typeof item === 'object' && item && 'id' in item ? item.id : item))
}

/**
 * PostgreSQL would refuse a link to a row that does not exist with a foreign-key error, which
 * Payload answers with a 500. This turns it into a 400 that names the field.
 */
export const checkRelationsExist =
  <S extends CollectionSlug>(
    collection: S,
    relations: Relation<S>[],
  ): CollectionBeforeValidateHook<DataFromCollectionSlug<S>> =>
  async ({ data, req }) => {
    if (!data) return data
    const errors: { path: string; message: string }[] = []
    for (const { path, relationTo } of relations) {
      if (!(path in data)) continue
      const ids = idsIn(data[path])
      if (!ids.length) continue
      if (ids.some((id) => !/^\d+$/.test(String(id)))) {
        errors.push({ path, message: 'Ongeldige verwijzing: verwacht een id (getal).' })
        continue
      }
      const { totalDocs } = await req.payload.count({
        collection: relationTo,
        where: { id: { in: ids } },
        overrideAccess: true,
        req,
      })
      if (totalDocs < new Set(ids.map(String)).size)
        errors.push({ path, message: 'Verwijst naar een fiche of item dat niet bestaat.' })
    }
    if (errors.length) throw new ValidationError({ collection, errors }, req.t)
    return data
  }
