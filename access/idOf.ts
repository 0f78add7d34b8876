/** A relationship value as an id, whether Payload gave it populated (an object) or not (an id). */
export const idOf = (value: unknown): number | null => {
  if (value == null || value === '') return null
  if (typeof value === 'object') return (value as { id?: number }).id ?? null
  return Number(value)
}
