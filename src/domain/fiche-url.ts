import { ficheUrlSegment } from './slug'

export type FicheSoort = 'aanbod' | 'organisatie' | 'praktijk' | 'zorgverlener'

/** The public path segment per fiche type: /aanbod/..., /organisaties/..., ... */
export const FICHE_PAD: Readonly<Record<FicheSoort, string>> = {
  aanbod: 'aanbod',
  organisatie: 'organisaties',
  praktijk: 'praktijken',
  zorgverlener: 'zorgverleners',
}

/** The public URL of a fiche: '/organisaties/wzc-nottebohm-12'. */
export function ficheUrl(type: FicheSoort, id: number, naam: string): string {
  return `/${FICHE_PAD[type]}/${ficheUrlSegment(naam, id)}`
}
