import type { Access, FieldAccess, Where } from 'payload'

import type { Fichebeheer } from '@/payload-types'

import { hasRole, isAdminUser, regioIdsOf } from '@/accounts/roles'

/** A user sees its own requests; the regional team the requests in its regions. */
export const readFichebeheer: Access<Fichebeheer> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!user) return false
  const regios = regioIdsOf(user)
  const scopes: Where[] = [{ gebruiker: { equals: user.id } }]
  if (regios.length) scopes.push({ regio: { in: regios } })
  return { or: scopes }
}

/** Any logged-in user may ask to manage a fiche ("beheer aanvragen"); a hook pins it to the asker. */
export const createFichebeheer: Access<Partial<Fichebeheer>> = ({ req: { user } }) => Boolean(user)

/** Deciding on a request is the regional team's job, within its regions. */
export const updateFichebeheer: Access<Fichebeheer> = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  const regios = regioIdsOf(user)
  return regios.length ? { regio: { in: regios } } : false
}

export const decideFichebeheerField: FieldAccess<Fichebeheer> = ({ req: { user } }) =>
  hasRole(user, 'admin', 'regiobeheerder')
