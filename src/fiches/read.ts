// Reads a fiche for the public page with the visitor's rights (no user: active fiches only), so a
// stopped or pending fiche is never shown, whatever the URL.
import type { Payload } from 'payload'

import { FICHE_COLLECTION, type FicheSoort } from '@/domain/fiche-url'

import type { FicheDocument } from './documents'

export type PublicFiche = { doc: FicheDocument } | null

/** The fiche with this id as a visitor may see it (loadFiche, cached per request, is the caller). */
export async function readPublicFiche(
  payload: Payload,
  soort: FicheSoort,
  id: number,
): Promise<PublicFiche> {
  const { docs } = await payload.find({
    collection: FICHE_COLLECTION[soort],
    where: { id: { equals: id } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  return doc ? { doc } : null
}

/** Active aanbod of a parent or zorgverlener, for the lists on their pages (one query, depth 1 for rubrieken). */
export async function aanbodOf(
  payload: Payload,
  veld: 'organisatie' | 'praktijk' | 'zorgverlener',
  id: number,
) {
  const { docs } = await payload.find({
    collection: 'aanbod',
    where: { [veld]: { equals: id } },
    limit: 200,
    depth: 1,
    sort: 'naam',
    overrideAccess: false,
    select: {
      naam: true,
      rubrieken: true,
      praktijk: true,
      organisatie: true,
      zorgverlener: true,
      adressen: true,
      openingsuren: true,
    },
  })
  return docs
}
