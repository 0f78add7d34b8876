import type { CollectionConfig } from 'payload'

import { authenticFieldUpdate } from '@access/authenticField'
import { createOrganisatie, readFiche, updateFiche } from '@access/ficheAccess'

import { adressenField } from '../fields/adressen'
import { contactFields } from '../fields/contacten'
import { kboNummerField } from '../fields/kbo'
import { bronnenField } from '../fields/fiche'

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
  // Versions, delete access, region, region guard, change stamp, search sync and the status, regio and
  // verification fields come with every fiche, and with organisaties and praktijken what a stop, move
  // or delete means for their aanbod and fichebeheer: src/plugins/fiche-behaviour.ts.
  access: {
    read: readFiche('organisaties'),
    create: createOrganisatie,
    update: updateFiche('organisaties'),
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
  ],
}
