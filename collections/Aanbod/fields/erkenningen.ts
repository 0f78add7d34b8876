import type { Field } from 'payload'

type Erkenning = { van?: string | null; tot?: string | null }

export const erkenningenField: Field = {
  name: 'erkenningen',
  label: 'Erkenningen',
  labels: { singular: 'Erkenning', plural: 'Erkenningen' },
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'overheid',
          label: 'Erkennende overheid',
          type: 'text',
          required: true,
          admin: { width: '40%' },
        },
        { name: 'nummer', label: 'Erkenningsnummer', type: 'text', admin: { width: '20%' } },
        {
          name: 'van',
          label: 'Van',
          type: 'date',
          admin: { width: '20%', date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'tot',
          label: 'Tot',
          type: 'date',
          admin: { width: '20%', date: { pickerAppearance: 'dayOnly' } },
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: Erkenning },
          ) => {
            if (!value || !siblingData?.van) return true
            return new Date(value) >= new Date(siblingData.van)
              ? true
              : 'De einddatum van de erkenning ligt voor de begindatum.'
          },
        },
      ],
    },
  ],
}
