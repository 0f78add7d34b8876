import type { CollectionConfig, FieldHook } from 'payload'

import { authenticFieldUpdate } from '@access/authenticField'
import { isAdminField } from '@access/isAdmin'
import {
  createZorgverlener,
  readZorgverlener,
  updateZorgverlener,
} from './access/zorgverlenerAccess'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { zorgverlenerOwnFiche } from './hooks/zorgverlenerOwnFiche'
import { parseRiziv } from '@/domain/identifiers/riziv'
import { beroepen } from '@/domain/vocabulary'
import type { Zorgverlener } from '@/payload-types'

import { adressenField } from '../fields/adressen'
import { contactFields } from '../fields/contacten'
import { bronnenField } from '../fields/fiche'

type ZorgverlenerFieldHook<T> = FieldHook<Zorgverlener, T, Zorgverlener>

/** The display name is derived so lists and search show "Voornaam Achternaam" consistently. */
const volledigeNaam: ZorgverlenerFieldHook<string | null | undefined> = ({ siblingData }) =>
  [siblingData.voornaam, siblingData.achternaam].filter(Boolean).join(' ')

const normaliseRiziv: ZorgverlenerFieldHook<string | null | undefined> = ({ value }) => {
  if (typeof value !== 'string' || !value.trim()) return value || null
  const parsed = parseRiziv(value)
  return parsed.ok ? parsed.value : value
}

const rizivWaarschuwing: ZorgverlenerFieldHook<string | null | undefined> = ({ siblingData }) => {
  if (!siblingData.rizivNummer) return null
  const parsed = parseRiziv(String(siblingData.rizivNummer))
  return parsed.ok && !parsed.checkDigitValid
    ? (parsed.warning ??
        'Het controlegetal van dit RIZIV-nummer klopt niet: controleer het nummer.')
    : null
}

export const Zorgverleners: CollectionConfig<'zorgverleners'> = {
  slug: 'zorgverleners',
  typescript: { interface: 'Zorgverlener' },
  labels: { singular: 'Zorgverlener', plural: 'Zorgverleners' },
  admin: {
    group: 'Fiches',
    useAsTitle: 'naam',
    defaultColumns: ['naam', 'beroepen', 'rizivNummer', 'status', 'regio', 'updatedAt'],
    listSearchableFields: ['naam', 'rizivNummer'],
    description: 'Individuele zorgverleners met hun beroep en RIZIV-nummer.',
  },
  // Versions, delete access, region, region guard, change stamp, search sync and the status, regio and
  // verification fields come with every fiche: src/plugins/fiche-behaviour.ts.
  access: {
    read: readZorgverlener,
    create: createZorgverlener,
    update: updateZorgverlener,
  },
  hooks: {
    beforeValidate: [
      checkRelationsExist('zorgverleners', [{ path: 'account', relationTo: 'users' }]),
    ],
    // Between the region and the region guard.
    beforeChange: [zorgverlenerOwnFiche],
  },
  fields: [
    {
      name: 'naam',
      label: 'Volledige naam',
      type: 'text',
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [volledigeNaam] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'voornaam',
          label: 'Voornaam',
          type: 'text',
          required: true,
          access: { update: authenticFieldUpdate },
          admin: { width: '50%' },
        },
        {
          name: 'achternaam',
          label: 'Achternaam',
          type: 'text',
          required: true,
          index: true,
          access: { update: authenticFieldUpdate },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'beroepen',
      label: 'Beroepen',
      type: 'select',
      hasMany: true,
      required: true,
      options: beroepen,
      index: true,
      access: { update: authenticFieldUpdate },
    },
    {
      name: 'rizivNummer',
      label: 'RIZIV-nummer',
      type: 'text',
      index: true,
      access: { update: authenticFieldUpdate },
      admin: {
        placeholder: '1-23456-78-004',
        description:
          'Elf cijfers. Een afwijkend controlegetal geeft een waarschuwing, geen weigering.',
      },
      hooks: { beforeValidate: [normaliseRiziv] },
      validate: (value: string | null | undefined) => {
        if (!value) return true
        const parsed = parseRiziv(value)
        return parsed.ok ? true : parsed.reason
      },
    },
    {
      name: 'rizivWaarschuwing',
      label: 'Waarschuwing bij het RIZIV-nummer',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, condition: (data) => Boolean(data?.rizivWaarschuwing) },
      hooks: { beforeChange: [rizivWaarschuwing] },
    },
    {
      name: 'account',
      label: 'Gebruikersaccount',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: 'De gebruiker die deze fiche zelf beheert.' },
    },
    { name: 'beschrijving', label: 'Beschrijving', type: 'richText' },
    adressenField(),
    ...contactFields,
    bronnenField([
      { label: 'Naam', value: 'naam' },
      { label: 'Beroepen', value: 'beroepen' },
      { label: 'RIZIV-nummer', value: 'rizivNummer' },
    ]),
  ],
}
