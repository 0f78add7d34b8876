import type { FieldHook, TextField } from 'payload'

import { authenticFieldUpdate } from '@access/authenticField'
import { normaliseKbo, validateKbo } from '@/domain/identifiers/kbo'
import type { Organisatie, Praktijk } from '@/payload-types'

const normalise: FieldHook<Organisatie | Praktijk, string | null | undefined> = ({ value }) =>
  typeof value === 'string' && value.trim() ? (normaliseKbo(value) ?? value) : value || null

/** The KBO enterprise number: stored as ten digits whatever the notation, checked with mod 97. */
export const kboNummerField = (label: string): TextField => ({
  name: 'kboNummer',
  label,
  type: 'text',
  index: true,
  access: { update: authenticFieldUpdate },
  admin: {
    width: '50%',
    placeholder: '0XXX.XXX.XXX',
    description: 'Tien cijfers; de controle (modulo 97) gebeurt bij bewaren.',
  },
  hooks: {
    beforeValidate: [normalise],
  },
  validate: (value: string | null | undefined) => {
    if (!value) return true
    const result = validateKbo(value)
    return result.ok ? true : result.reason
  },
})
