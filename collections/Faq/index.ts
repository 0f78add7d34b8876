import type { CollectionConfig } from 'payload'

import { isRedacteur } from '@access/isRedacteur'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { pageSyncAfterChange, pageSyncAfterDelete } from '@hooks/pageSync'
import { publishedOrRedacteur } from '@access/publishedOrRedacteur'
import { previewUrl } from '@/content/preview-url'

import { doelpubliekField, onderwerpField } from '../fields/doelpubliek'
import { contentEditor } from '../fields/contentEditor'

export const Faq: CollectionConfig<'faq'> = {
  slug: 'faq',
  typescript: { interface: 'FaqItem' },
  labels: { singular: 'Veelgestelde vraag', plural: 'Veelgestelde vragen' },
  admin: {
    group: 'Inhoud',
    useAsTitle: 'vraag',
    defaultColumns: ['vraag', 'doelpubliek', 'onderwerp', '_status', 'volgorde'],
    listSearchableFields: ['vraag'],
    livePreview: { url: ({ data, req }) => previewUrl('faq', data, req) },
    preview: (doc, { req }) => previewUrl('faq', doc, req),
  },
  defaultSort: 'volgorde',
  access: {
    read: publishedOrRedacteur,
    create: isRedacteur,
    update: isRedacteur,
    delete: isRedacteur,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [
      checkRelationsExist('faq', [{ path: 'handleidingen', relationTo: 'handleidingen' }]),
    ],
    afterChange: [pageSyncAfterChange('faq')],
    afterDelete: [pageSyncAfterDelete('faq')],
  },
  fields: [
    { name: 'vraag', label: 'Vraag', type: 'text', required: true },
    {
      name: 'antwoord',
      label: 'Antwoord',
      type: 'richText',
      required: true,
      editor: contentEditor,
    },
    doelpubliekField,
    onderwerpField,
    {
      name: 'volgorde',
      label: 'Volgorde',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar' },
    },
    {
      name: 'handleidingen',
      label: 'Zie ook (handleidingen)',
      type: 'relationship',
      relationTo: 'handleidingen',
      hasMany: true,
    },
  ],
}
