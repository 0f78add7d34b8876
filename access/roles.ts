import type { User } from '@/payload-types'

export const ROLES = ['burger', 'zorgverlener', 'regiobeheerder', 'redacteur', 'admin'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role as Role)))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** The ids of the regions a regiobeheerder manages, whether the relation is populated or not. */
export const regioIdsOf = (user: (MaybeUser & Pick<User, 'regios'>) | null | undefined): number[] => {
  if (!hasRole(user, 'regiobeheerder')) return []
  return (user?.regios ?? []).map((regio) => (typeof regio === 'object' ? regio.id : regio))
}
