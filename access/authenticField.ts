import type { FieldAccess } from 'payload'

import type { FicheDocument } from '@/fiches/documents'

import { hasRole } from '@/accounts/roles'

/**
 * Fields fed by an authentic source (KBO, RIZIV/CoBRHA) are changed only by the regional team
 * and admins; collection access already limits a regiobeheerder to its own regions.
 */
export const authenticFieldUpdate: FieldAccess<FicheDocument> = ({ req: { user } }) =>
  hasRole(user, 'admin', 'regiobeheerder')
