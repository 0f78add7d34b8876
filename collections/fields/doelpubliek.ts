import type { Field } from 'payload'

export const DOELPUBLIEKEN = [
  { label: 'Burger', value: 'burger' },
  { label: 'Zorgverlener', value: 'zorgverlener' },
  { label: 'Fichebeheerder', value: 'fichebeheerder' },
  { label: 'Hergebruik van gegevens', value: 'hergebruik' },
]

export const doelpubliekField: Field = {
  name: 'doelpubliek',
  label: 'Voor wie',
  type: 'select',
  hasMany: true,
  required: true,
  options: DOELPUBLIEKEN,
  index: true,
  admin: { position: 'sidebar' },
}

export const onderwerpField: Field = {
  name: 'onderwerp',
  label: 'Onderwerp',
  type: 'text',
  index: true,
  admin: { position: 'sidebar' },
}
