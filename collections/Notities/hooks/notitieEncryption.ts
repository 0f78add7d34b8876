import {
  ValidationError,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
} from 'payload'

import { idOf } from '@/utilities/id-of'
import { FICHE_COLLECTION, isFicheSoort } from '@/domain/fiche-url'
import { decrypt, encrypt } from '@/notities/encryption'
import type { Notitie } from '@/payload-types'

export const MAX_NOTITIE = 5000

/**
 * The text arrives in `tekst` and is stored only as ciphertext in `versleuteld`; the owner is
 * always the user who writes it.
 */
export const encryptNotitie: CollectionBeforeChangeHook<Notitie> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    data.eigenaar = req.user?.id
    const soort = data.ficheSoort
    const fiche = isFicheSoort(soort)
      ? await req.payload.findByID({
          collection: FICHE_COLLECTION[soort],
          id: Number(data.ficheId),
          depth: 0,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
      : null
    if (!fiche)
      throw new ValidationError(
        {
          collection: 'notities',
          errors: [{ path: 'ficheId', message: 'Deze fiche bestaat niet.' }],
        },
        req.t,
      )
    data.ficheNaam = fiche.naam
  }
  const eigenaar = idOf(data.eigenaar ?? originalDoc?.eigenaar)
  const ficheSoort = String(data.ficheSoort ?? originalDoc?.ficheSoort)
  const ficheId = Number(data.ficheId ?? originalDoc?.ficheId)
  const tekst = typeof data.tekst === 'string' ? data.tekst.trim() : undefined
  if (operation === 'create' || tekst !== undefined) {
    if (!tekst)
      throw new ValidationError(
        {
          collection: 'notities',
          errors: [{ path: 'tekst', message: 'Een notitie mag niet leeg zijn.' }],
        },
        req.t,
      )
    if (tekst.length > MAX_NOTITIE)
      throw new ValidationError(
        {
          collection: 'notities',
          errors: [{ path: 'tekst', message: `Hoogstens ${MAX_NOTITIE} tekens.` }],
        },
        req.t,
      )
    data.versleuteld = encrypt(tekst, { eigenaar: eigenaar!, ficheSoort, ficheId })
  }
  delete data.tekst
  return data
}

/** Only the owner ever reads a note (access), and reads it as text; the ciphertext never leaves. */
export const decryptNotitie: CollectionAfterReadHook<Notitie> = ({ doc }) => {
  if (typeof doc.versleuteld === 'string') {
    try {
      doc.tekst = decrypt(doc.versleuteld, {
        eigenaar: idOf(doc.eigenaar)!,
        ficheSoort: doc.ficheSoort,
        ficheId: Number(doc.ficheId),
      })
    } catch {
      // Another key, or a ciphertext that was not written for this owner and fiche: unreadable, never a guess.
      doc.tekst = null
    }
  }
  delete doc.versleuteld
  return doc
}
