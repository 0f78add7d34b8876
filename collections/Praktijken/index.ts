import type { CollectionConfig } from 'payload'

import { createPraktijk, readFiche, updateFiche } from '@access/ficheAccess'
import {
  praktijkByZorgverlener,
  zorgverlenerManagesOwnPraktijk,
} from './hooks/praktijkByZorgverlener'

import { adressenField } from '../fields/adressen'
import { contactFields } from '../fields/contacten'
import { kboNummerField } from '../fields/kbo'
import { bronnenField } from '../fields/fiche'

export const Praktijken: CollectionConfig<'praktijken'> = {
  slug: 'praktijken',
  typescript: { interface: 'Praktijk' },
  labels: { singular: 'Praktijk', plural: 'Praktijken' },
  admin: {
    group: 'Fiches',
    useAsTitle: 'naam',
    defaultColumns: ['naam', 'soort', 'status', 'regio', 'laatstGeverifieerd', 'updatedAt'],
    listSearchableFields: ['naam', 'kboNummer'],
    description: 'Solo- en groepspraktijken van zelfstandige zorgverleners.',
  },
  // Versions, delete access, region, region guard, change stamp, search sync and the status, regio and
  // verification fields come with every fiche, and with organisaties and praktijken what a stop, move
  // or delete means for their aanbod and fichebeheer: src/plugins/fiche-behaviour.ts.
  access: {
    read: readFiche('praktijken'),
    create: createPraktijk,
    update: updateFiche('praktijken'),
  },
  // Between the region and the region guard (beforeChange), after the search sync (afterChange).
  hooks: {
    beforeChange: [praktijkByZorgverlener],
    afterChange: [zorgverlenerManagesOwnPraktijk],
  },
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'soort',
          label: 'Soort praktijk',
          type: 'select',
          defaultValue: 'groepspraktijk',
          options: [
            { label: 'Solopraktijk', value: 'solopraktijk' },
            { label: 'Groepspraktijk', value: 'groepspraktijk' },
          ],
          admin: { width: '50%' },
        },
        kboNummerField('KBO-ondernemingsnummer (optioneel)'),
      ],
    },
    { name: 'beschrijving', label: 'Beschrijving', type: 'richText' },
    adressenField({ required: true }),
    ...contactFields,
    bronnenField([
      { label: 'KBO-nummer', value: 'kboNummer' },
      { label: 'Adres', value: 'adressen' },
    ]),
  ],
}
