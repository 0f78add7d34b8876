import type { CollectionConfig } from 'payload'

import { isAdmin } from '@access/isAdmin'
import {
  onlyOnCreate,
  createSuggestie,
  readSuggestie,
  updateSuggestie,
} from './access/suggestieAccess'
import { deriveSuggestie } from './hooks/deriveSuggestie'
import { suggestieMail } from './hooks/suggestieMail'
import { FICHE_SOORTEN, FICHE_LABEL } from '@/domain/fiche-url'
import { MAX_VOORSTEL, SUGGESTIE_ONDERDELEN, SUGGESTIE_STATUSSEN } from '@/domain/suggestie'

import { derivedFieldAccess } from '@access/derivedField'

/** "Something on this fiche is wrong": sent by anyone from the fiche page, handled by its managers. */
export const Suggesties: CollectionConfig<'suggesties'> = {
  slug: 'suggesties',
  typescript: { interface: 'Suggestie' },
  labels: { singular: 'Suggestie tot wijziging', plural: 'Suggesties tot wijziging' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'ficheNaam',
    defaultColumns: ['ficheNaam', 'onderdeel', 'status', 'regio', 'createdAt'],
    listSearchableFields: ['ficheNaam', 'voorstel', 'afzenderEmail'],
    description:
      'Voorstellen van bezoekers om een fiche te verbeteren. Zet de status op verwerkt of afgewezen: de afzender krijgt dan bericht.',
  },
  defaultSort: '-createdAt',
  access: {
    read: readSuggestie,
    create: createSuggestie,
    update: updateSuggestie,
    delete: isAdmin,
  },
  hooks: { beforeChange: [deriveSuggestie], afterChange: [suggestieMail] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'ficheSoort',
          label: 'Soort fiche',
          type: 'select',
          required: true,
          options: FICHE_SOORTEN.map((s) => ({ value: s, label: FICHE_LABEL[s] })),
          access: onlyOnCreate,
          admin: { width: '30%' },
        },
        {
          name: 'ficheId',
          label: 'Fiche-id',
          type: 'number',
          required: true,
          index: true,
          access: onlyOnCreate,
          admin: { width: '20%' },
        },
        {
          name: 'ficheNaam',
          label: 'Fiche',
          type: 'text',
          access: derivedFieldAccess,
          admin: { readOnly: true, width: '50%' },
        },
      ],
    },
    {
      name: 'onderdeel',
      label: 'Wat klopt niet',
      type: 'select',
      required: true,
      options: [...SUGGESTIE_ONDERDELEN],
      access: onlyOnCreate,
    },
    {
      name: 'voorstel',
      label: 'Voorstel',
      type: 'textarea',
      required: true,
      maxLength: MAX_VOORSTEL,
      access: onlyOnCreate,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'afzenderNaam',
          label: 'Naam afzender',
          type: 'text',
          access: onlyOnCreate,
          admin: { width: '50%' },
        },
        {
          name: 'afzenderEmail',
          label: 'E-mail afzender',
          type: 'email',
          access: onlyOnCreate,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'afzender',
      label: 'Account afzender',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: onlyOnCreate,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'nieuw',
      options: [...SUGGESTIE_STATUSSEN],
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'antwoord',
      label: 'Antwoord aan de afzender',
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description:
          'Staat in de e-mail die de afzender krijgt wanneer u de suggestie verwerkt of afwijst.',
      },
    },
    {
      name: 'behandeldDoor',
      label: 'Behandeld door',
      type: 'relationship',
      relationTo: 'users',
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'behandeldOp',
      label: 'Behandeld op',
      type: 'date',
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    // Who handles it: derived from the fiche when the suggestion comes in (access/suggestieAccess).
    {
      name: 'regio',
      label: 'Regio',
      type: 'relationship',
      relationTo: 'regios',
      index: true,
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'organisatie',
      type: 'relationship',
      relationTo: 'organisaties',
      index: true,
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'praktijk',
      type: 'relationship',
      relationTo: 'praktijken',
      index: true,
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'zorgverlener',
      type: 'relationship',
      relationTo: 'zorgverleners',
      index: true,
      access: derivedFieldAccess,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
