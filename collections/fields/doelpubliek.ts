import type { Field } from 'payload'

import { DOELPUBLIEKEN } from '@/domain/vocabulary'

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
