import type { CollectionConfig } from 'payload'

import { isRedacteur } from '@access/isRedacteur'
import { publishedOrRedacteur } from '@access/publishedOrRedacteur'
import { slugify } from '@/domain/slug'
import { paginaSyncAfterChange, paginaSyncAfterDelete } from '@hooks/paginaSync'

import { doelpubliekField, onderwerpField } from './fields/doelpubliek'

export const Handleidingen: CollectionConfig<'handleidingen'> = {
  slug: 'handleidingen',
  typescript: { interface: 'Handleiding' },
  labels: { singular: 'Handleiding', plural: 'Handleidingen' },
  admin: {
    group: 'Inhoud',
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'doelpubliek', 'onderwerp', '_status', 'updatedAt'],
    listSearchableFields: ['titel', 'samenvatting'],
  },
  access: { read: publishedOrRedacteur, create: isRedacteur, update: isRedacteur, delete: isRedacteur },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [paginaSyncAfterChange('handleidingen')], afterDelete: [paginaSyncAfterDelete('handleidingen')] },
  fields: [
    { name: 'titel', label: 'Titel', type: 'text', required: true },
    {
      name: 'slug',
      label: 'URL-deel',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'Wordt uit de titel gemaakt als u het leeg laat.' },
      hooks: { beforeValidate: [({ value, siblingData }) => slugify(value || siblingData.titel || '')] },
      validate: (value: string | null | undefined) => (value ? true : 'Geef een titel of URL-deel.'),
    },
    { name: 'samenvatting', label: 'Samenvatting', type: 'textarea' },
    { name: 'inhoud', label: 'Inhoud', type: 'richText', required: true },
    doelpubliekField,
    onderwerpField,
  ],
}
