import { ficheUrlSegment } from './slug'

export type FicheSoort = 'aanbod' | 'organisatie' | 'praktijk' | 'zorgverlener'

export const FICHE_SOORTEN: readonly FicheSoort[] = [
  'aanbod',
  'organisatie',
  'praktijk',
  'zorgverlener',
]

export const isFicheSoort = (value: unknown): value is FicheSoort =>
  FICHE_SOORTEN.some((soort) => soort === value)

/**
 * The collection of each fiche type. The same word is its database table and its public path
 * segment (/aanbod/..., /organisaties/...), so this one map serves all three.
 */
export const FICHE_COLLECTION = {
  aanbod: 'aanbod',
  organisatie: 'organisaties',
  praktijk: 'praktijken',
  zorgverlener: 'zorgverleners',
} as const satisfies Record<FicheSoort, string>

export const FICHE_LABEL: Readonly<Record<FicheSoort, string>> = {
  aanbod: 'Aanbod',
  organisatie: 'Organisatie',
  praktijk: 'Praktijk',
  zorgverlener: 'Zorgverlener',
}

/** The public URL of a fiche: '/organisaties/wzc-nottebohm-12'. */
export function ficheUrl(type: FicheSoort, id: number, naam: string): string {
  return `/${FICHE_COLLECTION[type]}/${ficheUrlSegment(naam, id)}`
}
