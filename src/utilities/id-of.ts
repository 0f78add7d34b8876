/**
 * A relationship value as Payload gives it (the id, or the populated document), or as a client
 * sent it (an id as text, or an object that may lack one).
 */
export type RelationValue = number | string | { readonly id?: number | null } | null | undefined

/** A relationship value as an id, whether Payload gave it populated (an object) or not (an id). */
export const idOf = (value: RelationValue): number | null => {
  if (value == null || value === '') return null
  if (typeof value === 'object') return value.id ?? null
  return Number(value)
}
