import type { User } from '@/payload-types'

export const ROLES = [
  'burger',
  'zorgverlener',
  'regiobeheerder',
  'redacteur',
  'admin',
] as const satisfies readonly User['roles'][number][]
export type Role = (typeof ROLES)[number]

/** Only the fields role checks read: a full user, a JWT payload or a partial test user all fit. */
type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** The ids of the regions a regiobeheerder manages, whether the relation is populated or not. */
export const regioIdsOf = (user: Pick<User, 'roles' | 'regios'> | null | undefined): number[] => {
  if (!hasRole(user, 'regiobeheerder')) return []
  return (user?.regios ?? []).map((regio) => (typeof regio === 'object' ? regio.id : regio))
}
