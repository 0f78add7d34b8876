import { normalisePhone } from '@/domain/phone'

import type { Rng } from './prng'

/**
 * Belgian phone numbers that libphonenumber's full metadata accepts: landlines with the zone of the
 * municipality (03, 09, 02, 050, 011, 016, ...) and mobiles 0470-0499. A drawn number that falls in
 * an unused range is simply drawn again.
 */

const groepeer = (zone: string, abonnee: string): string =>
  zone.length === 1
    ? `0${zone} ${abonnee.slice(0, 3)} ${abonnee.slice(3, 5)} ${abonnee.slice(5)}`
    : `0${zone} ${abonnee.slice(0, 2)} ${abonnee.slice(2, 4)} ${abonnee.slice(4)}`

function probeer(maak: () => string): string {
  for (let i = 0; i < 100; i++) {
    const nummer = maak()
    if (normalisePhone(nummer).ok) return nummer
  }
  throw new Error('Geen geldig telefoonnummer gevonden na 100 pogingen')
}

/** A landline in the zone ('3', '16', ...), written as Belgians do: 03 480 12 34, 016 12 34 56. */
export function landline(rng: Rng, zone: string): string {
  const lengte = zone.length === 1 ? 7 : 6
  return probeer(() => {
    const abonnee = `${rng.int(2, 8)}${rng.digits(lengte - 1)}`
    const nummer = groepeer(zone, abonnee)
    // Some editors type the international form; the hook stores E.164 either way.
    return rng.chance(0.08) ? `+32 ${nummer.slice(1)}` : nummer
  })
}

/** A mobile number 0470-0499, e.g. 0475 12 34 56. */
export function mobile(rng: Rng): string {
  return probeer(() => {
    const reeks = `4${rng.int(7, 9)}${rng.int(0, 9)}`
    const rest = rng.digits(6)
    return `0${reeks} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`
  })
}

/** What the phone hook stores: E.164. */
export function toE164(typed: string): string {
  const result = normalisePhone(typed)
  if (!result.ok) throw new Error(`Ongeldig telefoonnummer in de demodata: ${typed}`)
  return result.e164
}
