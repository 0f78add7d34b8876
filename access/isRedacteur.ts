import type { Access } from 'payload'

import { hasRole } from '@/accounts/roles'

/** The content team (and admins) write handleidingen, FAQ and their media. */
export const isRedacteur: Access = ({ req: { user } }) => hasRole(user, 'redacteur', 'admin')
