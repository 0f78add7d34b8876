import type { CollectionConfig } from 'payload'

import { ownerOnly, loggedInWithAccount } from '@access/favorietenAccess'
import { guardLijst } from '@hooks/favorieten'
import { MAX_FICHES_PER_LIJST, NAME_MAX } from '@/domain/favorieten/limits'
import { FICHE_LABEL, FICHE_SOORTEN } from '@/domain/fiche-url'

/** A user's favourites list: named, private, shareable by a revocable read-only link. */
export const Lijsten: CollectionConfig<'lijsten'> = {
  slug: 'lijsten',
  typescript: { interface: 'Lijst' },
  labels: { singular: 'Lijst', plural: 'Lijsten' },
  admin: { hidden: true, useAsTitle: 'naam' },
  access: { read: ownerOnly, create: loggedInWithAccount, update: ownerOnly, delete: ownerOnly },
  hooks: { beforeChange: [guardLijst] },
  fields: [
    { name: 'naam', type: 'text', required: true, maxLength: NAME_MAX },
    {
      name: 'fiches',
      type: 'array',
      maxRows: MAX_FICHES_PER_LIJST,
      fields: [
        {
          name: 'ficheSoort',
          type: 'select',
          required: true,
          options: FICHE_SOORTEN.map((s) => ({ value: s, label: FICHE_LABEL[s] })),
        },
        { name: 'ficheId', type: 'number', required: true },
      ],
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
