import type { CollectionConfig } from 'payload'

import { createPraktijk, deleteFiche, readFiche, updateFiche } from '@access/ficheAccess'
import { deriveRegioFromAdres } from '@hooks/deriveRegio'
import { guardRegioScope, managesFiche } from '@hooks/guardRegioScope'
import { praktijkByZorgverlener, zorgverlenerManagesOwnPraktijk } from '@hooks/praktijkByZorgverlener'
import { refuseDeleteWhileUsed } from '@hooks/refuseDeleteWhileUsed'
import { removeFichebeheer } from '@hooks/removeFichebeheer'
import { propagateToAanbod } from '@hooks/propagateToAanbod'
import { stampWijziging } from '@hooks/stampWijziging'

import { adressenField } from './fields/adressen'
import { contactFields } from './fields/contacten'
import { kboNummerField } from './fields/kbo'
import { bronnenField, regioField, statusField, verificatieFields } from './fields/fiche'
import { searchSyncAfterChange, searchSyncAfterDelete } from '@hooks/searchSync'

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
  access: {
    read: readFiche('praktijken'),
    create: createPraktijk,
    update: updateFiche('praktijken'),
    delete: deleteFiche,
  },
  versions: { maxPerDoc: 100 },
  hooks: {
    beforeChange: [
      deriveRegioFromAdres,
      praktijkByZorgverlener,
      guardRegioScope(managesFiche('praktijken')),
      stampWijziging,
    ],
    afterChange: [searchSyncAfterChange('praktijken'), zorgverlenerManagesOwnPraktijk, propagateToAanbod('praktijk')],
    beforeDelete: [refuseDeleteWhileUsed([{ collection: 'aanbod', field: 'praktijk', wat: 'aanbodfiche(s)' }])],
    afterDelete: [searchSyncAfterDelete('praktijken'), removeFichebeheer('praktijk')],
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
    statusField,
    regioField,
    ...verificatieFields,
  ],
}
