import type { Field, FieldHook } from 'payload'

import { normalisePhone } from '@/domain/phone'
import type { FicheDocument } from '@/fiches/documents'

const toE164: FieldHook<FicheDocument, string | null | undefined> = ({ value }) => {
  if (typeof value !== 'string' || !value.trim()) return value
  const result = normalisePhone(value)
  return result.ok ? result.e164 : value
}

const URL_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i

/** Phones are stored E.164 so that tel: links and deduplication work whatever the editor typed. */
export const contactFields: Field[] = [
  {
    name: 'telefoons',
    label: 'Telefoonnummers',
    labels: { singular: 'Telefoonnummer', plural: 'Telefoonnummers' },
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'nummer',
            label: 'Nummer',
            type: 'text',
            required: true,
            hooks: { beforeValidate: [toE164] },
            validate: (value: string | null | undefined) => {
              if (!value) return 'Vul een telefoonnummer in.'
              const result = normalisePhone(value)
              return result.ok ? true : result.reason
            },
            admin: { width: '40%', placeholder: '03 123 45 67' },
          },
          {
            name: 'soort',
            label: 'Soort',
            type: 'select',
            defaultValue: 'telefoon',
            options: [
              { label: 'Telefoon', value: 'telefoon' },
              { label: 'Gsm', value: 'gsm' },
              { label: 'Fax', value: 'fax' },
            ],
            admin: { width: '20%' },
          },
          { name: 'label', label: 'Omschrijving', type: 'text', admin: { width: '25%' } },
          {
            name: 'primair',
            label: 'Primair',
            type: 'checkbox',
            defaultValue: false,
            admin: { width: '15%' },
          },
        ],
      },
    ],
  },
  {
    name: 'emails',
    label: 'E-mailadressen',
    labels: { singular: 'E-mailadres', plural: 'E-mailadressen' },
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'adres',
            label: 'E-mailadres',
            type: 'email',
            required: true,
            admin: { width: '50%' },
          },
          { name: 'label', label: 'Omschrijving', type: 'text', admin: { width: '35%' } },
          {
            name: 'primair',
            label: 'Primair',
            type: 'checkbox',
            defaultValue: false,
            admin: { width: '15%' },
          },
        ],
      },
    ],
  },
  {
    name: 'websites',
    label: 'Websites',
    labels: { singular: 'Website', plural: 'Websites' },
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'url',
            label: 'Adres (URL)',
            type: 'text',
            required: true,
            validate: (value: string | null | undefined) =>
              value && URL_PATTERN.test(value)
                ? true
                : 'Geef een volledig webadres, beginnend met https://.',
            admin: { width: '50%', placeholder: 'https://' },
          },
          { name: 'label', label: 'Omschrijving', type: 'text', admin: { width: '35%' } },
          {
            name: 'primair',
            label: 'Primair',
            type: 'checkbox',
            defaultValue: false,
            admin: { width: '15%' },
          },
        ],
      },
    ],
  },
]
