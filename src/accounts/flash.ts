// A failed form post goes back to its page with the messages in the address. They are signed with
// the server secret, so nobody can make the site show a text of their choosing through a link.
import { createHmac, timingSafeEqual } from 'node:crypto'

import { getConfig } from '@/config'
import type { FieldError } from '@/domain/field-error'

const secret = () => getConfig().payloadSecret
/** An HMAC of `data` for one purpose, so a signature made for one thing is worth nothing for another. */
export const signFor = (purpose: string, data: string) =>
  createHmac('sha256', secret()).update(`${purpose}:${data}`).digest('base64url')
const sign = (data: string) => signFor('account-fouten', data)

/** Whether `given` is the signature of `data` for `purpose`, in constant time. */
export function signedBy(purpose: string, data: string, given: string): boolean {
  const expected = Buffer.from(signFor(purpose, data))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

export function encodeErrors(errors: FieldError[]): URLSearchParams {
  const data = Buffer.from(JSON.stringify(errors.map((e) => [e.field, e.message]))).toString(
    'base64url',
  )
  return new URLSearchParams({ fouten: data, sig: sign(data) })
}

export function decodeErrors(params: Record<string, string | string[] | undefined>): FieldError[] {
  const data = typeof params.fouten === 'string' ? params.fouten : ''
  const sig = typeof params.sig === 'string' ? params.sig : ''
  if (!data || !sig || !signedBy('account-fouten', data, sig)) return []
  try {
    const parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as [string, string][]
    return parsed
      .filter((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string')
      .map(([field, message]) => ({ field, message }))
  } catch {
    return []
  }
}

/** The short confirmations after a successful form, by code: the page only shows texts from this list. */
export const NOTICES: Record<string, string> = {
  registratie:
    'Bijna klaar: we stuurden u een mail. Klik op de link erin om uw e-mailadres te bevestigen; daarna kunt u zich aanmelden.',
  bevestigd: 'Uw e-mailadres is bevestigd. U kunt zich nu aanmelden.',
  'bevestiging-opnieuw':
    'Als er een onbevestigd account met dit adres bestaat, stuurden we een nieuwe bevestigingsmail.',
  afgemeld: 'U bent afgemeld.',
  'download-gevraagd':
    'Uw download wordt gemaakt. U krijgt een mail zodra het bestand klaar is; de voortgang ziet u hieronder.',
  doorgestuurd: 'De fiche is doorgestuurd.',
  'herstel-verstuurd':
    'Als er een account met dit adres bestaat, stuurden we een mail met een link om een nieuw wachtwoord te kiezen. De link werkt een uur.',
  'wachtwoord-hersteld': 'Uw nieuwe wachtwoord is ingesteld.',
  'wachtwoord-gewijzigd': 'Uw wachtwoord is gewijzigd.',
  'email-bevestigen':
    'We stuurden een mail naar uw nieuwe e-mailadres. De wijziging gaat in zodra u op de link erin klikt.',
  'email-gewijzigd': 'Uw nieuwe e-mailadres is bevestigd en wordt vanaf nu gebruikt.',
  'zoekopdracht-bewaard': 'Uw zoekopdracht is bewaard.',
  'zoekopdracht-hernoemd': 'De zoekopdracht heeft een nieuwe naam.',
  'zoekopdracht-verwijderd': 'De zoekopdracht is verwijderd.',
  'zoekopdracht-gedeeld':
    'Er is een deellink voor de zoekopdracht. Wie de link heeft, kan ze bekijken.',
  'delen-gestopt': 'De deellink werkt niet meer.',
  'lijst-gemaakt': 'De lijst is gemaakt.',
  'lijst-hernoemd': 'De lijst heeft een nieuwe naam.',
  'lijst-verwijderd': 'De lijst is verwijderd.',
  'lijst-gedeeld': 'Er is een deellink voor de lijst. Wie de link heeft, kan ze bekijken.',
  'fiche-toegevoegd': 'De fiche staat op de lijst.',
  'fiche-weggehaald': 'De fiche is van de lijst gehaald.',
  'notitie-bewaard': 'Uw notitie is bewaard. Alleen u kunt ze zien.',
  'notitie-verwijderd': 'Uw notitie is verwijderd.',
}
