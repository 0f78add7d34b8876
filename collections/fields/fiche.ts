import type { Field } from 'payload'

import { authenticFieldUpdate } from '@access/authenticField'
import { hasRole } from '@/accounts/roles'
import { AUTHENTIEKE_BRONNEN, ficheStatussen } from '@/domain/vocabulary'

import { derivedFieldAccess } from '@access/derivedField'

/** State: the regional team starts and stops fiches; a fichebeheerder cannot. */
export const statusField: Field = {
  name: 'status',
  label: 'Status',
  type: 'select',
  required: true,
  defaultValue: 'actief',
  index: true,
  options: ficheStatussen,
  access: { update: ({ req: { user } }) => hasRole(user, 'admin', 'regiobeheerder') },
  admin: { position: 'sidebar' },
}

/** Derived from the main address (or the parent's): drives the regional team's access. */
export const regioField: Field = {
  name: 'regio',
  label: 'Regio',
  type: 'relationship',
  relationTo: 'regios',
  index: true,
  access: derivedFieldAccess,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Afgeleid uit de gemeente van het hoofdadres.',
  },
}

export const verificationFields: Field[] = [
  {
    name: 'laatstGeverifieerd',
    label: 'Laatst geverifieerd',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
    },
  },
  {
    name: 'laatstGewijzigdDoor',
    label: 'Laatst gewijzigd door',
    type: 'text',
    access: derivedFieldAccess,
    admin: { position: 'sidebar', readOnly: true },
  },
]

/** Where each authentic field came from, shown on the fiche ("bron: KBO, 12/03/2025"). */
export const bronnenField = (velden: { label: string; value: string }[]): Field => ({
  name: 'bronnen',
  label: 'Authentieke bronnen',
  labels: { singular: 'Bron', plural: 'Bronnen' },
  type: 'array',
  access: { update: authenticFieldUpdate },
  admin: {
    description:
      'Welke velden uit een authentieke bron komen. Fichebeheerders kunnen deze velden niet wijzigen.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'veld',
          label: 'Veld',
          type: 'select',
          required: true,
          options: velden,
          admin: { width: '30%' },
        },
        {
          name: 'bron',
          label: 'Bron',
          type: 'select',
          required: true,
          options: AUTHENTIEKE_BRONNEN,
          admin: { width: '30%' },
        },
        { name: 'referentie', label: 'Referentie', type: 'text', admin: { width: '20%' } },
        {
          name: 'opgehaaldOp',
          label: 'Opgehaald op',
          type: 'date',
          admin: { width: '20%', date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
  ],
})
