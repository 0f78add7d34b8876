import type { CollectionConfig } from 'payload'

import { loggedInWithAccount, ownNotitiesOnly } from './access/notitieAccess'
import { MAX_NOTITIE, decryptNotitie, encryptNotitie } from './hooks/notitieEncryption'
import { FICHE_LABEL, FICHE_SOORTEN } from '@/domain/fiche-url'

/**
 * Private notes on a fiche: seen only by the user who wrote them, encrypted at rest
 * (src/notities/encryption.ts), not in the search index, not in any export.
 */
export const Notities: CollectionConfig<'notities'> = {
  slug: 'notities',
  typescript: { interface: 'Notitie' },
  labels: { singular: 'Notitie', plural: 'Notities' },
  // Written and read on the public site; not something to manage in the admin.
  admin: { hidden: true, useAsTitle: 'ficheNaam' },
  access: {
    read: ownNotitiesOnly,
    create: loggedInWithAccount,
    update: ownNotitiesOnly,
    delete: ownNotitiesOnly,
  },
  hooks: { beforeChange: [encryptNotitie], afterRead: [decryptNotitie] },
  fields: [
    {
      name: 'ficheSoort',
      type: 'select',
      required: true,
      options: FICHE_SOORTEN.map((s) => ({ value: s, label: FICHE_LABEL[s] })),
      access: { update: () => false },
    },
    {
      name: 'ficheId',
      type: 'number',
      required: true,
      index: true,
      access: { update: () => false },
    },
    { name: 'ficheNaam', type: 'text', access: { create: () => false, update: () => false } },
    { name: 'tekst', type: 'textarea', virtual: true, maxLength: MAX_NOTITIE },
    {
      name: 'versleuteld',
      type: 'text',
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'eigenaar',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
  ],
}
