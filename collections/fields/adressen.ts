import type { ArrayField, FieldHook } from 'payload'

import { isKnownPostcode, resolveAdresPlace } from '@/domain/geo'
import type { FicheDocument } from '@/fiches/documents'

type AdresRow = NonNullable<FicheDocument['adressen']>[number]

/**
 * Fills what the postcode tells: the municipality, its NIS code and, when the editor gave none,
 * the place's coordinates. An unknown postcode is left alone so that validation names it.
 */
const fillFromPostcode: FieldHook<FicheDocument, AdresRow[] | null | undefined> = ({ value }) => {
  if (!Array.isArray(value)) return value
  return value.map((row): AdresRow => {
    const postcode = String(row?.postcode ?? '').trim()
    const place = resolveAdresPlace(postcode, row.gemeente ?? undefined)
    if (!place.ok) return { ...row, postcode }
    const manual = typeof row.lat === 'number' && typeof row.lon === 'number'
    return {
      ...row,
      postcode,
      gemeente: row.gemeente?.trim() || place.plaats.plaatsnaam,
      nis: place.plaats.gemeenteNis,
      lat: manual ? row.lat : place.plaats.lat,
      lon: manual ? row.lon : place.plaats.lon,
      coordinatenBron: manual
        ? row.coordinatenBron === 'postcode'
          ? 'postcode'
          : 'manueel'
        : 'postcode',
    }
  })
}

export const adressenField = (options: { required?: boolean } = {}): ArrayField => ({
  name: 'adressen',
  label: 'Adressen',
  type: 'array',
  required: options.required,
  minRows: options.required ? 1 : undefined,
  labels: { singular: 'Adres', plural: 'Adressen' },
  admin: {
    initCollapsed: false,
    components: {},
  },
  hooks: { beforeValidate: [fillFromPostcode] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'straat', label: 'Straat', type: 'text', required: true, admin: { width: '50%' } },
        {
          name: 'huisnummer',
          label: 'Nummer',
          type: 'text',
          required: true,
          admin: { width: '25%' },
        },
        { name: 'bus', label: 'Bus', type: 'text', admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'postcode',
          label: 'Postcode',
          type: 'text',
          required: true,
          index: true,
          admin: { width: '30%' },
          validate: (value: string | null | undefined) => {
            if (!value) return 'Vul een postcode in.'
            return isKnownPostcode(String(value).trim()) ? true : `Onbekende postcode: ${value}.`
          },
        },
        {
          name: 'gemeente',
          label: 'Gemeente of deelgemeente',
          type: 'text',
          admin: {
            width: '70%',
            description: 'Wordt ingevuld uit de postcode als u het leeg laat.',
          },
          validate: (
            value: string | null | undefined,
            { siblingData }: { siblingData: Partial<AdresRow> },
          ) => {
            if (!siblingData?.postcode || !isKnownPostcode(String(siblingData.postcode).trim()))
              return true
            const place = resolveAdresPlace(String(siblingData.postcode).trim(), value ?? undefined)
            return place.ok ? true : place.reason
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lat',
          label: 'Breedtegraad',
          type: 'number',
          min: 49.4,
          max: 51.6,
          admin: { width: '33%', step: 0.000001 },
        },
        {
          name: 'lon',
          label: 'Lengtegraad',
          type: 'number',
          min: 2.5,
          max: 6.5,
          admin: { width: '33%', step: 0.000001 },
        },
        {
          name: 'coordinatenBron',
          label: 'Bron van de coördinaten',
          type: 'select',
          options: [
            { label: 'Postcode (centrum)', value: 'postcode' },
            { label: 'Manueel', value: 'manueel' },
          ],
          admin: { width: '34%', readOnly: true },
        },
      ],
    },
    {
      name: 'nis',
      label: 'NIS-code gemeente',
      type: 'text',
      index: true,
      // Always recomputed from the postcode above, so what a client sends here is ignored.
      admin: { readOnly: true },
    },
    { name: 'primair', label: 'Hoofdadres', type: 'checkbox', defaultValue: false },
  ],
})
