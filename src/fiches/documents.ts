import type { DataFromCollectionSlug } from 'payload'

import type { FICHE_COLLECTION, FicheSoort } from '@/domain/fiche-url'

/** The collection of each fiche type: aanbod, organisaties, praktijken, zorgverleners. */
export type FicheCollection = (typeof FICHE_COLLECTION)[FicheSoort]

/** A fiche of any type, as the generated types describe it. */
export type FicheDocument = DataFromCollectionSlug<FicheCollection>

/** The fiches that carry aanbod and have fichebeheerders. */
export type ParentCollection = 'organisaties' | 'praktijken'

/** The relationship field on aanbod and fichebeheer that points at a parent fiche. */
export type ParentField = 'organisatie' | 'praktijk'

/** The fiche read for a fiche type is an aanbod exactly when that type is 'aanbod'. */
export const isAanbod = (
  soort: FicheSoort,
  _fiche: FicheDocument,
): _fiche is DataFromCollectionSlug<'aanbod'> => soort === 'aanbod'
