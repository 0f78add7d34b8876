import type { CollectionBeforeChangeHook } from 'payload'

import type { Organisatie, Praktijk, Zorgverlener } from '@/payload-types'

import { regioForNis } from '@/regios/regio-lookup'

type Adres = { nis?: string | null; primair?: boolean | null }

export const mainAdres = (adressen: readonly Adres[] | null | undefined): Adres | undefined =>
  adressen?.find((adres) => adres?.primair) ?? adressen?.[0]

/** Organisaties, praktijken and zorgverleners belong to the region of their main address. */
export const deriveRegioFromAdres: CollectionBeforeChangeHook<
  Organisatie | Praktijk | Zorgverlener
> = async ({ data, originalDoc, req }) => {
  const adressen = data.adressen ?? originalDoc?.adressen
  data.regio = await regioForNis(req, mainAdres(adressen)?.nis)
  return data
}
