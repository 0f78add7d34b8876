import type { CollectionConfig, FieldHook } from 'payload'

import { isRedacteur } from '@access/isRedacteur'
import { publishedOrRedacteur } from '@access/publishedOrRedacteur'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { previewUrl } from '@/content/preview-url'
import { slugify } from '@/domain/slug'
import { pageSyncAfterChange, pageSyncAfterDelete } from '@hooks/pageSync'
import type { Handleiding } from '@/payload-types'

import { doelpubliekField, onderwerpField } from '../fields/doelpubliek'
import { contentEditor } from '../fields/contentEditor'

const slugUitTitel: FieldHook<Handleiding, string | null | undefined, Handleiding> = ({
  value,
  siblingData,
}) => slugify(value || siblingData.titel || '')

export const Handleidingen: CollectionConfig<'handleidingen'> = {
  slug: 'handleidingen',
  typescript: { interface: 'Handleiding' },
  labels: { singular: 'Handleiding', plural: 'Handleidingen' },
  admin: {
    group: 'Inhoud',
    useAsTitle: 'titel',
    defaultColumns: ['titel', 'doelpubliek', 'onderwerp', '_status', 'updatedAt'],
    listSearchableFields: ['titel', 'samenvatting'],
    // The public page itself, in draft mode; it reloads when the redacteur saves (see /voorbeeld).
    livePreview: { url: ({ data, req }) => previewUrl('handleidingen', data, req) },
    preview: (doc, { req }) => previewUrl('handleidingen', doc, req),
  },
  access: {
    read: publishedOrRedacteur,
    create: isRedacteur,
    update: isRedacteur,
    delete: isRedacteur,
  },
  // schedulePublish: the jobs queue publishes at the chosen time (autoRun in payload.config.ts).
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [
      checkRelationsExist('handleidingen', [{ path: 'gerelateerd', relationTo: 'handleidingen' }]),
    ],
    afterChange: [pageSyncAfterChange('handleidingen')],
    afterDelete: [pageSyncAfterDelete('handleidingen')],
  },
  fields: [
    { name: 'titel', label: 'Titel', type: 'text', required: true },
    {
      name: 'slug',
      label: 'URL-deel',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Wordt uit de titel gemaakt als u het leeg laat.',
      },
      hooks: { beforeValidate: [slugUitTitel] },
      validate: (value: string | null | undefined) =>
        value ? true : 'Geef een titel of URL-deel.',
    },
    { name: 'samenvatting', label: 'Samenvatting', type: 'textarea' },
    { name: 'inhoud', label: 'Inhoud', type: 'richText', required: true, editor: contentEditor },
    doelpubliekField,
    onderwerpField,
    {
      name: 'gerelateerd',
      label: 'Zie ook (handleidingen)',
      type: 'relationship',
      relationTo: 'handleidingen',
      hasMany: true,
      admin: {
        position: 'sidebar',
        description: 'Verwante handleidingen, onderaan de pagina getoond.',
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
}
