import type { CollectionConfig } from 'payload'

import { anyone } from '@access/anyone'
import { isAdminField } from '@access/isAdmin'
import { ROLES } from '@access/roles'
import { adminOrSelf } from '@access/userAccess'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { firstUserIsAdmin } from '@hooks/firstUserIsAdmin'

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  burger: 'Burger',
  zorgverlener: 'Zorgverlener',
  regiobeheerder: 'Regiobeheerder',
  redacteur: 'Redacteur',
  admin: 'Beheerder (admin)',
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: {
    group: 'Beheer',
    useAsTitle: 'email',
    defaultColumns: ['email', 'naam', 'roles', 'regios', 'createdAt'],
    listSearchableFields: ['email', 'naam'],
  },
  access: {
    // Anyone may register; the roles field below keeps a new account a burger unless an admin says otherwise.
    create: anyone,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOrSelf,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeValidate: [checkRelationsExist('users', [{ path: 'regios', relationTo: 'regios' }])],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'naam', label: 'Naam', type: 'text' },
    {
      name: 'roles',
      label: 'Rollen',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['burger'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'regios',
      label: "Regio's (als regiobeheerder)",
      type: 'relationship',
      relationTo: 'regios',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.roles?.includes('regiobeheerder')),
      },
    },
  ],
}
