import type { FieldAccess } from 'payload'

/** Values computed by hooks: nobody writes them through the API, everyone may read them. */
export const derivedFieldAccess: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}
