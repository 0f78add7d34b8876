import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/utilities/id-of'
import { FICHE_COLLECTION, isFicheSoort } from '@/domain/fiche-url'
import { isAanbod } from '@/fiches/documents'
import type { Suggestie } from '@/payload-types'

/**
 * A new suggestion is tied to the fiche's current name, region and the fiches whose managers
 * handle it; the state of an existing one records who handled it and when.
 */
export const deriveSuggestie: CollectionBeforeChangeHook<Suggestie> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    const soort = data.ficheSoort
    const fiche = isFicheSoort(soort)
      ? await req.payload.findByID({
          collection: FICHE_COLLECTION[soort],
          id: Number(data.ficheId),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null
    if (!isFicheSoort(soort) || !fiche || fiche.status !== 'actief') {
      throw new ValidationError(
        {
          collection: 'suggesties',
          errors: [{ path: 'ficheId', message: 'Deze fiche bestaat niet of is niet openbaar.' }],
        },
        req.t,
      )
    }
    const aanbod = isAanbod(soort, fiche) ? fiche : null
    data.ficheNaam = fiche.naam
    data.regio = idOf(fiche.regio)
    data.organisatie = soort === 'organisatie' ? fiche.id : aanbod ? idOf(aanbod.organisatie) : null
    data.praktijk = soort === 'praktijk' ? fiche.id : aanbod ? idOf(aanbod.praktijk) : null
    data.zorgverlener =
      soort === 'zorgverlener' ? fiche.id : aanbod ? idOf(aanbod.zorgverlener) : null
    data.status = 'nieuw'
    return data
  }
  if (data.status !== undefined && data.status !== originalDoc?.status) {
    data.behandeldDoor = req.user?.id ?? null
    data.behandeldOp = new Date().toISOString()
  }
  return data
}
