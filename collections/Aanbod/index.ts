import type { CollectionConfig } from 'payload'

import { createAanbod, readAanbod, updateAanbod } from './access/aanbodAccess'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { requireOneParent } from '@hooks/requireOneParent'
import { aanmeldingswijzen, doelgroepen, kostprijsTypes } from '@/domain/vocabulary'
import { gemeenteOptions } from '../fields/gemeenten'

import { adressenField } from '../fields/adressen'
import { contactFields } from '../fields/contacten'
import { erkenningenField } from './fields/erkenningen'
import { openingsurenField } from './fields/openingsuren'

export const Aanbod: CollectionConfig<'aanbod'> = {
  slug: 'aanbod',
  typescript: { interface: 'Aanbod' },
  labels: { singular: 'Aanbod', plural: 'Aanbod' },
  admin: {
    group: 'Fiches',
    useAsTitle: 'naam',
    defaultColumns: [
      'naam',
      'organisatie',
      'praktijk',
      'rubrieken',
      'status',
      'regio',
      'updatedAt',
    ],
    listSearchableFields: ['naam'],
    description: 'Eén aanbod van een organisatie of praktijk, in één of meer rubrieken.',
  },
  // Versions, delete access, region, region guard, change stamp, search sync and the status, regio and
  // verification fields come with every fiche: src/plugins/fiche-behaviour.ts.
  access: {
    read: readAanbod,
    create: createAanbod,
    update: updateAanbod,
  },
  hooks: {
    beforeValidate: [
      requireOneParent('aanbod'),
      checkRelationsExist('aanbod', [
        { path: 'organisatie', relationTo: 'organisaties' },
        { path: 'praktijk', relationTo: 'praktijken' },
        { path: 'zorgverlener', relationTo: 'zorgverleners' },
        { path: 'rubrieken', relationTo: 'rubrieken' },
      ]),
    ],
  },
  fields: [
    { name: 'naam', label: 'Naam', type: 'text', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'organisatie',
          label: 'Organisatie',
          type: 'relationship',
          relationTo: 'organisaties',
          index: true,
          admin: { width: '50%', description: 'Vul de organisatie óf de praktijk in.' },
        },
        {
          name: 'praktijk',
          label: 'Praktijk',
          type: 'relationship',
          relationTo: 'praktijken',
          index: true,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'zorgverlener',
      label: 'Zorgverlener',
      type: 'relationship',
      relationTo: 'zorgverleners',
      index: true,
      admin: {
        description: 'Voor het aanbod van één zorgverlener in een praktijk, bv. een huisarts.',
      },
    },
    {
      name: 'rubrieken',
      label: 'Rubrieken',
      type: 'relationship',
      relationTo: 'rubrieken',
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
    },
    { name: 'beschrijving', label: 'Beschrijving', type: 'richText' },
    {
      name: 'doelgroepen',
      label: 'Doelgroep',
      type: 'select',
      hasMany: true,
      options: doelgroepen,
      index: true,
    },
    { name: 'doelgroepToelichting', label: 'Doelgroep (toelichting)', type: 'textarea' },
    openingsurenField,
    {
      name: 'aanmelding',
      label: 'Aanmeldingswijze',
      type: 'group',
      fields: [
        {
          name: 'wijzen',
          label: 'Hoe meldt u zich aan?',
          type: 'select',
          hasMany: true,
          options: aanmeldingswijzen,
        },
        { name: 'toelichting', label: 'Toelichting', type: 'textarea' },
      ],
    },
    {
      name: 'kostprijs',
      label: 'Kostprijs',
      type: 'group',
      fields: [
        { name: 'soort', label: 'Soort', type: 'select', options: kostprijsTypes },
        { name: 'toelichting', label: 'Toelichting', type: 'textarea' },
      ],
    },
    {
      name: 'werkingsgebied',
      label: 'Werkingsgebied',
      type: 'select',
      hasMany: true,
      options: gemeenteOptions(),
      admin: { description: 'De gemeenten waar dit aanbod mensen helpt.' },
    },
    erkenningenField,
    {
      type: 'collapsible',
      label:
        'Eigen contactgegevens en adressen (als ze verschillen van de organisatie of praktijk)',
      admin: { initCollapsed: true },
      fields: [adressenField(), ...contactFields],
    },
  ],
}
