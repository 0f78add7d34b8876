import type { CollectionConfig } from 'payload'

import { getConfig } from '@/config'

import { anyone } from '@access/anyone'
import { isRedacteur } from '@access/isRedacteur'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Afbeelding of bestand', plural: 'Media' },
  admin: { group: 'Inhoud', useAsTitle: 'alt' },
  access: { read: anyone, create: isRedacteur, update: isRedacteur, delete: isRedacteur },
  upload: {
    // Uploaded files live outside git; tests point MEDIA_DIR at a scratch folder.
    staticDir: getConfig().mediaDir,
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'content', width: 1200 },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternatieve tekst',
      type: 'text',
      required: true,
      admin: { description: 'Beschrijf wat de afbeelding toont, voor wie ze niet kan zien.' },
    },
  ],
}
