// A suggestie tot wijziging: anyone tells the people who manage a fiche that something on it is
// wrong. Pure rules: which parts one can point at, the states, and what a valid suggestion is.
import type { FicheSoort } from './fiche-url'
import type { FieldError } from './field-error'

export const SUGGESTIE_ONDERDELEN = [
  { value: 'naam', label: 'Naam' },
  { value: 'adres', label: 'Adres' },
  { value: 'contact', label: 'Telefoon, e-mail of website' },
  { value: 'openingsuren', label: 'Openingsuren' },
  { value: 'beschrijving', label: 'Beschrijving van het aanbod' },
  { value: 'doelgroep', label: 'Voor wie' },
  { value: 'aanmelding', label: 'Aanmelding of kostprijs' },
  { value: 'zorgverleners', label: 'Wie er werkt' },
  { value: 'gestopt', label: 'Bestaat niet meer' },
  { value: 'anders', label: 'Iets anders' },
] as const

export type SuggestieOnderdeel = (typeof SUGGESTIE_ONDERDELEN)[number]['value']

export const SUGGESTIE_STATUSSEN = [
  { value: 'nieuw', label: 'Nieuw' },
  { value: 'in_behandeling', label: 'In behandeling' },
  { value: 'verwerkt', label: 'Verwerkt' },
  { value: 'afgewezen', label: 'Afgewezen' },
] as const

/** The sender hears back once: when the suggestion is handled, either way. */
export const isHandled = (status: string | null | undefined): boolean =>
  status === 'verwerkt' || status === 'afgewezen'

export type SuggestieInput = {
  ficheSoort: FicheSoort
  ficheId: number
  onderdeel: SuggestieOnderdeel
  voorstel: string
  naam: string | null
  email: string | null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const SOORTEN: readonly string[] = ['aanbod', 'organisatie', 'praktijk', 'zorgverlener']
export const MAX_VOORSTEL = 2000

const tekst = (waarde: unknown) => (typeof waarde === 'string' ? waarde.trim() : '')

/**
 * Reads a submitted suggestion. A visitor who is not logged in gives an e-mail address, so the
 * people handling it can ask back and tell the outcome; a logged-in user's own address is used.
 */
export function parseSuggestie(
  invoer: Record<string, unknown>,
  aangemeld: boolean,
): { suggestie: SuggestieInput } | { fouten: FieldError[] } {
  const fouten: FieldError[] = []
  const soort = tekst(invoer.ficheSoort)
  // A form sends text, a script may send the number itself.
  const id = typeof invoer.ficheId === 'number' ? invoer.ficheId : Number(tekst(invoer.ficheId))
  if (!SOORTEN.includes(soort))
    fouten.push({ field: 'ficheSoort', message: 'Onbekend soort fiche.' })
  if (!Number.isSafeInteger(id) || id <= 0)
    fouten.push({ field: 'ficheId', message: 'Onbekende fiche.' })
  const onderdeel = tekst(invoer.onderdeel)
  if (!SUGGESTIE_ONDERDELEN.some((o) => o.value === onderdeel))
    fouten.push({ field: 'onderdeel', message: 'Kies wat er niet klopt.' })
  const voorstel = tekst(invoer.voorstel)
  if (voorstel.length < 5)
    fouten.push({ field: 'voorstel', message: 'Schrijf wat er niet klopt en wat het moet zijn.' })
  else if (voorstel.length > MAX_VOORSTEL)
    fouten.push({ field: 'voorstel', message: `Hoogstens ${MAX_VOORSTEL} tekens.` })
  const naam = tekst(invoer.naam).slice(0, 200) || null
  const email = tekst(invoer.email).toLowerCase() || null
  if (!aangemeld && !email)
    fouten.push({
      field: 'email',
      message: 'Geef uw e-mailadres, zodat we u kunnen laten weten wat er met uw voorstel gebeurt.',
    })
  else if (email && (!EMAIL.test(email) || email.length > 254))
    fouten.push({ field: 'email', message: 'Dit is geen geldig e-mailadres.' })
  if (fouten.length > 0) return { fouten }
  return {
    suggestie: {
      ficheSoort: soort as FicheSoort,
      ficheId: id,
      onderdeel: onderdeel as SuggestieOnderdeel,
      voorstel,
      naam,
      email,
    },
  }
}
