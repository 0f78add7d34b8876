import type { CollectionBeforeChangeHook } from 'payload'

import type { FicheDocument } from '@/fiches/documents'

/** Every version records who made it, so the history answers "who changed this, and when". */
export const stampLastChangedBy: CollectionBeforeChangeHook<FicheDocument> = ({ data, req }) => {
  const user = req.user
  data.laatstGewijzigdDoor = user
    ? [user.naam, `<${user.email}>`].filter(Boolean).join(' ')
    : 'systeem'
  return data
}
