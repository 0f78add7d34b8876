import type { FicheSoort } from '@/domain/fiche-url'

/** The collection behind each public fiche type. */
export const COLLECTIE = {
  aanbod: 'aanbod',
  organisatie: 'organisaties',
  praktijk: 'praktijken',
  zorgverlener: 'zorgverleners',
} as const satisfies Record<FicheSoort, string>

export const SOORT_LABEL: Readonly<Record<FicheSoort, string>> = {
  aanbod: 'Aanbod',
  organisatie: 'Organisatie',
  praktijk: 'Praktijk',
  zorgverlener: 'Zorgverlener',
}
