import { DEFAULT_DEMO_PASSWORD, type Env, readMode } from '@/config'

export { DEFAULT_DEMO_PASSWORD }

export type DemoRole = 'burger' | 'zorgverlener' | 'regiobeheerder' | 'redacteur' | 'admin'

export type DemoAccount = {
  email: string
  naam: string
  roles: DemoRole[]
  /** Regio codes (defaultRegios) a regiobeheerder manages. */
  regios?: string[]
  /** What the account shows in the demo, for the README and the start banner. */
  omschrijving: string
}

/** The demo accounts, admin first (the first user of an empty database becomes admin anyway). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.test',
    naam: 'Els Vandenberghe',
    roles: ['admin'],
    omschrijving: 'beheerder van het platform: mag alles',
  },
  {
    email: 'redactie@demo.test',
    naam: 'Pieter De Wilde',
    roles: ['redacteur'],
    omschrijving: 'redacteur: schrijft en publiceert handleidingen en FAQ',
  },
  {
    email: 'regio.antwerpen@demo.test',
    naam: 'Sofie Janssens',
    roles: ['regiobeheerder'],
    regios: ['antwerpen'],
    omschrijving:
      'regiobeheerder van de regio Antwerpen: beslist over beheeraanvragen en beheert de fiches in de provincie',
  },
  {
    email: 'beheerder@demo.test',
    naam: 'Karim El Idrissi',
    roles: ['burger'],
    omschrijving:
      'fichebeheerder van 3 organisaties en 2 praktijken in de provincie Antwerpen, met 1 aanvraag die nog loopt',
  },
  {
    email: 'zorgverlener@demo.test',
    naam: 'Lotte Peeters',
    roles: ['zorgverlener'],
    omschrijving:
      'huisarts in Huisartsenpraktijk Berchem Driehoek (Antwerpen); beheert de eigen zorgverlenersfiche',
  },
  {
    email: 'burger@demo.test',
    naam: 'Jan Claes',
    roles: ['burger'],
    omschrijving: 'gewone gebruiker: zoekopdrachten, favorieten, notities',
  },
]

/** Demo accounts with a known password have no place on a production site, unless it is a demo site. */
export function demoAccountsAllowed(env?: Env): boolean {
  return !readMode(env).production
}
