import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/utilities/id-of'
import type { Aanbod } from '@/payload-types'

import { mainAdres } from '@hooks/deriveRegio'
import { regioForNis } from '@/regios/regio-lookup'

/** Aanbod with its own address belongs to that region, else to its parent's. */
export const deriveAanbodRegio: CollectionBeforeChangeHook<Aanbod> = async ({
  data,
  originalDoc,
  req,
}) => {
  const adressen = data.adressen ?? originalDoc?.adressen
  const own = await regioForNis(req, mainAdres(adressen)?.nis)
  if (own !== null) {
    data.regio = own
    return data
  }
  const organisatie = idOf(
    data.organisatie !== undefined ? data.organisatie : originalDoc?.organisatie,
  )
  const praktijk = idOf(data.praktijk !== undefined ? data.praktijk : originalDoc?.praktijk)
  const parent =
    organisatie !== null
      ? await req.payload.findByID({
          collection: 'organisaties',
          id: organisatie,
          select: { regio: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : praktijk !== null
        ? await req.payload.findByID({
            collection: 'praktijken',
            id: praktijk,
            select: { regio: true },
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            req,
          })
        : null
  data.regio = idOf(parent?.regio)
  return data
}
