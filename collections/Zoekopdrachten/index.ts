import type { CollectionConfig } from 'payload'

import { ownerOnly, loggedInWithAccount } from '@access/favorietenAccess'
import { guardZoekopdracht } from '@hooks/favorieten'
import { NAME_MAX, ZOEKOPDRACHT_MAX } from '@/domain/favorieten/limits'

/** A user's saved search: a name and the URL state of /zoeken. Private, shareable by a revocable link. */
export const Zoekopdrachten: CollectionConfig<'zoekopdrachten'> = {
  slug: 'zoekopdrachten',
  typescript: { interface: 'Zoekopdracht' },
  labels: { singular: 'Zoekopdracht', plural: 'Zoekopdrachten' },
  // Kept on the public account page; nothing for the admin to manage.
  admin: { hidden: true, useAsTitle: 'naam' },
  access: { read: ownerOnly, create: loggedInWithAccount, update: ownerOnly, delete: ownerOnly },
  hooks: { beforeChange: [guardZoekopdracht] },
  fields: [
    { name: 'naam', type: 'text', required: true, maxLength: NAME_MAX },
    {
      name: 'zoekopdracht',
      type: 'text',
      maxLength: ZOEKOPDRACHT_MAX,
      admin: { description: 'De parameters van /zoeken, bv. q=huisarts&waar=Gent' },
    },
    {
      name: 'deeltoken',
      type: 'text',
      unique: true,
      index: true,
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
