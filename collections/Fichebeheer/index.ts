import type { CollectionConfig } from 'payload'

import {
  decideFichebeheerField,
  createFichebeheer,
  readFichebeheer,
  updateFichebeheer,
} from './access/fichebeheerAccess'
import { isAdmin } from '@access/isAdmin'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { fichebeheerRequest } from './hooks/fichebeheerRequest'
import { requireOneParent } from '@hooks/requireOneParent'

import { derivedFieldAccess } from '@access/derivedField'

export const FICHEBEHEER_STATUSSEN = [
  { label: 'Aangevraagd', value: 'aangevraagd' },
  { label: 'Goedgekeurd', value: 'goedgekeurd' },
  { label: 'Geweigerd', value: 'geweigerd' },
  { label: 'Ingetrokken', value: 'ingetrokken' },
]

/** "User U manages fiche F": a request that the regional team approves or refuses. */
export const Fichebeheer: CollectionConfig<'fichebeheer'> = {
  slug: 'fichebeheer',
  typescript: { interface: 'Fichebeheer' },
  labels: { singular: 'Fichebeheer', plural: 'Fichebeheer' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'omschrijving',
    defaultColumns: ['omschrijving', 'status', 'regio', 'beslistOp', 'createdAt'],
    listSearchableFields: ['omschrijving', 'gebruikerEmail'],
    description:
      'Aanvragen om een organisatie- of praktijkfiche te beheren, en de beslissing erover.',
  },
  access: {
    read: readFichebeheer,
    create: createFichebeheer,
    update: updateFichebeheer,
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [
      requireOneParent('fichebeheer'),
      checkRelationsExist('fichebeheer', [
        { path: 'organisatie', relationTo: 'organisaties' },
        { path: 'praktijk', relationTo: 'praktijken' },
        { path: 'gebruiker', relationTo: 'users' },
      ]),
    ],
    beforeChange: [fichebeheerRequest],
  },
  fields: [
    { name: 'omschrijving', type: 'text', access: derivedFieldAccess, admin: { hidden: true } },
    {
      name: 'gebruiker',
      label: 'Gebruiker',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: decideFichebeheerField, update: () => false },
      admin: {
        description: 'Wie de fiche wil beheren. Laat leeg om het voor uzelf aan te vragen.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'gebruikerNaam',
          label: 'Naam aanvrager',
          type: 'text',
          access: derivedFieldAccess,
          admin: { readOnly: true, width: '50%' },
        },
        {
          name: 'gebruikerEmail',
          label: 'E-mail aanvrager',
          type: 'text',
          access: derivedFieldAccess,
          admin: { readOnly: true, width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisatie',
          label: 'Organisatie',
          type: 'relationship',
          relationTo: 'organisaties',
          index: true,
          access: { update: () => false },
          admin: { width: '50%' },
        },
        {
          name: 'praktijk',
          label: 'Praktijk',
          type: 'relationship',
          relationTo: 'praktijken',
          index: true,
          access: { update: () => false },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'motivatie',
      label: 'Motivatie van de aanvraag',
      type: 'textarea',
      access: { update: () => false },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'aangevraagd',
      index: true,
      options: FICHEBEHEER_STATUSSEN,
      access: { create: decideFichebeheerField, update: decideFichebeheerField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'beslissing',
      label: 'Toelichting bij de beslissing',
      type: 'textarea',
      access: { create: decideFichebeheerField, update: decideFichebeheerField },
    },
    {
      name: 'beslistDoor',
      label: 'Beslist door',
      type: 'text',
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'beslistOp',
      label: 'Beslist op',
      type: 'date',
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'regio',
      label: 'Regio',
      type: 'relationship',
      relationTo: 'regios',
      index: true,
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
