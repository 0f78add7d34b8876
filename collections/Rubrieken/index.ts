import type { CollectionConfig, FieldHook } from 'payload'

import { anyone } from '@access/anyone'
import { isAdmin } from '@access/isAdmin'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { refuseDeleteWhileUsed } from '@hooks/refuseDeleteWhileUsed'
import { searchSyncAfterChange, searchSyncAfterDelete } from '@hooks/searchSync'
import type { Rubriek } from '@/payload-types'

const titel: FieldHook<Rubriek, string | null | undefined, Rubriek> = ({ siblingData }) =>
  `${siblingData.code ?? ''} ${siblingData.naam ?? ''}`.trim()

const niveau: FieldHook<Rubriek, number | null | undefined, Rubriek> = ({ siblingData }) =>
  String(siblingData.code ?? '').split('.').length

/** The table of contents of the database: a tree of codes like 14.04.01. Woonzorgcentra (WZC). */
export const Rubrieken: CollectionConfig<'rubrieken'> = {
  slug: 'rubrieken',
  typescript: { interface: 'Rubriek' },
  labels: { singular: 'Rubriek', plural: 'Rubrieken' },
  admin: {
    group: 'Structuur',
    useAsTitle: 'titel',
    defaultColumns: ['code', 'naam', 'parent', 'niveau'],
    listSearchableFields: ['code', 'naam'],
  },
  defaultSort: 'code',
  hooks: {
    afterChange: [searchSyncAfterChange('rubrieken')],
    afterDelete: [searchSyncAfterDelete('rubrieken')],
    beforeValidate: [
      checkRelationsExist('rubrieken', [{ path: 'parent', relationTo: 'rubrieken' }]),
    ],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'aanbod', field: 'rubrieken', wat: 'aanbodfiche(s)' },
        { collection: 'rubrieken', field: 'parent', wat: 'onderliggende rubriek(en)' },
      ]),
    ],
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          label: 'Code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          admin: { width: '30%', placeholder: '14.04.01' },
          validate: (value: string | null | undefined) =>
            value && /^\d{2}(\.\d{2}){0,3}$/.test(value)
              ? true
              : 'Een rubriekcode bestaat uit groepen van twee cijfers, bv. 14.04.01.',
        },
        {
          name: 'naam',
          label: 'Naam',
          type: 'text',
          required: true,
          index: true,
          admin: { width: '70%' },
        },
      ],
    },
    {
      name: 'titel',
      type: 'text',
      admin: { hidden: true },
      hooks: { beforeChange: [titel] },
    },
    {
      name: 'niveau',
      label: 'Niveau',
      type: 'number',
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [niveau] },
    },
    { name: 'omschrijving', label: 'Omschrijving', type: 'textarea' },
  ],
}
