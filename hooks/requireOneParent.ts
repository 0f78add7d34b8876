import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type DataFromCollectionSlug,
} from 'payload'

const present = (value: unknown) => value !== null && value !== undefined && value !== ''

/** Aanbod and fichebeheer point at exactly one organisatie or praktijk, never both or neither. */
export const requireOneParent =
  <S extends 'aanbod' | 'fichebeheer'>(
    collection: S,
  ): CollectionBeforeValidateHook<DataFromCollectionSlug<S>> =>
  ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const count = Number(present(merged.organisatie)) + Number(present(merged.praktijk))
    if (count === 1) return data
    throw new ValidationError(
      {
        collection,
        errors: [
          {
            path: 'organisatie',
            message:
              count === 0
                ? 'Kies de organisatie of de praktijk waartoe dit hoort.'
                : 'Kies een organisatie óf een praktijk, niet beide.',
          },
        ],
      },
      req.t,
    )
  }
