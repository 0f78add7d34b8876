import type { CollectionConfig } from 'payload'

import { authenticFieldUpdate } from '@access/authenticField'
import { createOrganisatie, deleteFiche, readFiche, updateFiche } from '@access/ficheAccess'
import { deriveRegioFromAdres } from '@hooks/deriveRegio'
import { guardRegioScope, managesFiche } from '@hooks/guardRegioScope'
import { refuseDeleteWhileUsed } from '@hooks/refuseDeleteWhileUsed'
import { removeFichebeheer } from '@hooks/removeFichebeheer'
import { propagateToAanbod } from '@hooks/propagateToAanbod'
import { stampWijziging } from '@hooks/stampWijziging'

import { adressenField } from './fields/adressen'
import { contactFields } from './fields/contacten'
import { kboNummerField } from './fields/kbo'
import { bronnenField, regioField, statusField, verificatieFields } from './fields/fiche'
import { searchSyncAfterChange, searchSyncAfterDelete } from '@hooks/searchSync'

export const Organisaties: CollectionConfig<'organisaties'> = {
  slug: 'organisaties',
  typescript: { interface: 'Organisatie' },
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  admin: {
    group: 'Fiches',
    useAsTitle: 'naam',
    defaultColumns: ['naam', 'kboNummer', 'status', 'regio', 'laatstGeverifieerd', 'updatedAt'],
    listSearchableFields: ['naam', 'officieleNaam', 'kboNummer'],
    description: 'Welzijnsorganisaties met hun KBO-ondernemingsnummer.',
  },
  access: {
    read: readFiche('organisaties'),
    create: createOrganisatie,
    update: updateFiche('organisaties'),
    delete: deleteFiche,
  },
  versions: { maxPerDoc: 100 },
  hooks: {
    beforeChange: [deriveRegioFromAdres, guardRegioScope(managesFiche('organisaties')), stampWijziging],
    afterChange: [searchSyncAfterChange('organisaties'), propagateToAanbod('organisatie')],
    beforeDelete: [refuseDeleteWhileUsed([{ collection: 'aanbod', field: 'organisatie', wat: 'aanbodfiche(s)' }])],
    afterDelete: [searchSyncAfterDelete('organisaties'), removeFichebeheer('organisatie')],
  },
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'officieleNaam',
          label: 'Officiële naam (KBO)',
          type: 'text',
          access: { update: authenticFieldUpdate },
          admin: { width: '50%' },
        },
        kboNummerField('KBO-ondernemingsnummer'),
      ],
    },
    { name: 'beschrijving', label: 'Beschrijving', type: 'richText' },
    adressenField({ required: true }),
    ...contactFields,
    bronnenField([
      { label: 'Officiële naam', value: 'officieleNaam' },
      { label: 'KBO-nummer', value: 'kboNummer' },
      { label: 'Adres', value: 'adressen' },
    ]),
    statusField,
    regioField,
    ...verificatieFields,
  ],
}
