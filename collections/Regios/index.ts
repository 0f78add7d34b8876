import type { CollectionConfig } from 'payload'

import { anyone } from '@access/anyone'
import { isAdmin } from '@access/isAdmin'
import { refuseDeleteWhileUsed } from '@hooks/refuseDeleteWhileUsed'
import { oneRegioPerGemeente } from './hooks/oneRegioPerGemeente'
import { clearRegioLookup } from '@/regios/regio-lookup'
import { gemeenteOptions } from '../fields/gemeenten'

/** Management regions: each regional team keeps the fiches of its municipalities current. */
export const Regios: CollectionConfig<'regios'> = {
  slug: 'regios',
  typescript: { interface: 'Regio' },
  labels: { singular: 'Regio', plural: "Regio's" },
  admin: { group: 'Structuur', useAsTitle: 'naam', defaultColumns: ['naam', 'code'] },
  // Fiches show their region's name; the 300 municipalities stay out of every populated fiche.
  defaultPopulate: { naam: true, code: true },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeValidate: [oneRegioPerGemeente],
    afterChange: [clearRegioLookup],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'organisaties', field: 'regio', wat: 'organisatie(s)' },
        { collection: 'praktijken', field: 'regio', wat: 'praktijk(en)' },
        { collection: 'zorgverleners', field: 'regio', wat: 'zorgverlener(s)' },
        { collection: 'aanbod', field: 'regio', wat: 'aanbodfiche(s)' },
      ]),
    ],
    afterDelete: [clearRegioLookup],
  },
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true },
    { name: 'code', label: 'Code', type: 'text', required: true, unique: true, index: true },
    {
      name: 'gemeenten',
      label: 'Gemeenten',
      type: 'select',
      hasMany: true,
      options: gemeenteOptions(),
      index: true,
    },
  ],
}
