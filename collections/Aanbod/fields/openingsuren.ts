import type { Field } from 'payload'

import {
  validateUitzonderingen,
  validateWeekschema,
  type OpeningsurenIssue,
  type Uitzondering,
  type WeekSlot,
} from '@/domain/openingsuren'

const DAGEN = [
  { label: 'Maandag', value: 'ma' },
  { label: 'Dinsdag', value: 'di' },
  { label: 'Woensdag', value: 'wo' },
  { label: 'Donderdag', value: 'do' },
  { label: 'Vrijdag', value: 'vr' },
  { label: 'Zaterdag', value: 'za' },
  { label: 'Zondag', value: 'zo' },
]

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

const timeField = (name: 'opent' | 'sluit', label: string, required: boolean): Field => ({
  name,
  label,
  type: 'text',
  required,
  admin: { width: '25%', placeholder: name === 'opent' ? '09:00' : '17:00' },
  validate: (value: string | null | undefined) => {
    if (!value)
      return required
        ? `Vul het uur in waarop het ${name === 'opent' ? 'opent' : 'sluit'} (UU:MM).`
        : true
    return TIME.test(value) ? true : `"${value}" is geen geldig uur: gebruik UU:MM, bv. 09:00.`
  },
})

/** One message for the whole list, naming the rows, so the editor sees every conflict at once. */
const describe = (issues: OpeningsurenIssue[]): true | string =>
  issues.length ? issues.map((issue) => `Rij ${issue.index + 1}: ${issue.message}`).join(' ') : true

export const openingsurenField: Field = {
  name: 'openingsuren',
  label: 'Openingsuren',
  type: 'group',
  admin: {
    description:
      'Weekschema, uitzonderingen op datum en wat er op feestdagen gebeurt. Uren in Belgische tijd.',
  },
  fields: [
    {
      name: 'weekschema',
      label: 'Weekschema',
      labels: { singular: 'Tijdslot', plural: 'Tijdsloten' },
      type: 'array',
      // Payload types an array's value as unknown[]; its rows have the shape of the fields below.
      validate: (rows: unknown[] | null | undefined) =>
        describe(validateWeekschema((rows ?? []) as WeekSlot[])),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'dag',
              label: 'Dag',
              type: 'select',
              required: true,
              options: DAGEN,
              admin: { width: '25%' },
            },
            timeField('opent', 'Opent', true),
            timeField('sluit', 'Sluit', true),
            {
              name: 'naMiddernacht',
              label: 'Sluit na middernacht',
              type: 'checkbox',
              defaultValue: false,
              admin: { width: '25%' },
            },
          ],
        },
      ],
    },
    {
      name: 'uitzonderingen',
      label: 'Uitzonderingen',
      labels: { singular: 'Uitzondering', plural: 'Uitzonderingen' },
      type: 'array',
      // Payload types an array's value as unknown[]; its rows have the shape of the fields below.
      validate: (rows: unknown[] | null | undefined) =>
        describe(validateUitzonderingen((rows ?? []) as Uitzondering[])),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'datum',
              label: 'Datum',
              type: 'text',
              required: true,
              admin: { width: '20%', placeholder: 'JJJJ-MM-DD' },
              validate: (value: string | null | undefined) =>
                value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
                  ? true
                  : 'Geef de datum als JJJJ-MM-DD.',
            },
            {
              name: 'gesloten',
              label: 'Gesloten',
              type: 'checkbox',
              defaultValue: false,
              admin: { width: '15%' },
            },
            timeField('opent', 'Opent', false),
            timeField('sluit', 'Sluit', false),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'naMiddernacht',
              label: 'Sluit na middernacht',
              type: 'checkbox',
              defaultValue: false,
              admin: { width: '25%' },
            },
            { name: 'omschrijving', label: 'Omschrijving', type: 'text', admin: { width: '75%' } },
          ],
        },
      ],
    },
    {
      name: 'feestdagen',
      label: 'Op wettelijke feestdagen',
      type: 'select',
      defaultValue: 'gesloten',
      options: [
        { label: 'Gesloten', value: 'gesloten' },
        { label: 'Open volgens weekschema', value: 'normaal' },
      ],
    },
    { name: 'toelichting', label: 'Toelichting', type: 'textarea' },
  ],
}
