import { hasValidKboCheckDigits } from './mod97'
import type { IdentifierResult } from './result'

export type { IdentifierResult } from './result'
// Establishment units live in the KBO too; exported here so one import covers both numbers.
export { formatVestigingseenheid, validateVestigingseenheid } from './vestigingseenheid'

// People paste numbers from invoices, the KBO site or a VAT number ("BE 0566.988.259").
const SCHEIDINGSTEKENS = /[\s.\-/]/g

/**
 * Brings a typed enterprise number to its 10-digit form, or null when it cannot be one.
 * Numbers from before 2005 had 9 digits; the KBO made them 10 by putting a 0 in front.
 */
export function normaliseKbo(input: string): string | null {
  let cijfers = input.replace(SCHEIDINGSTEKENS, '')
  if (/^be/i.test(cijfers)) cijfers = cijfers.slice(2)
  if (/^\d{9}$/.test(cijfers)) cijfers = `0${cijfers}`
  return /^\d{10}$/.test(cijfers) ? cijfers : null
}

export function validateKbo(input: string): IdentifierResult {
  if (input.trim() === '') return { ok: false, reason: 'Vul een ondernemingsnummer in.' }
  const value = normaliseKbo(input)
  if (value === null) {
    return {
      ok: false,
      reason: 'Een ondernemingsnummer bestaat uit 10 cijfers, bijvoorbeeld 0566.988.259.',
    }
  }
  if (!/^[01]/.test(value)) {
    // The most likely mix-up: an establishment unit number typed in the enterprise number field.
    const hint = /^[2-8]/.test(value) ? ' Dit lijkt een vestigingsnummer.' : ''
    return { ok: false, reason: `Een ondernemingsnummer begint met 0 of 1.${hint}` }
  }
  if (!hasValidKboCheckDigits(value)) {
    return {
      ok: false,
      reason:
        'Dit ondernemingsnummer bestaat niet: de laatste twee cijfers (het controlegetal) kloppen niet. Controleer het nummer.',
    }
  }
  return { ok: true, value }
}

/** '0566988259' -> '0566.988.259'. Input that is not an enterprise number is returned as given. */
export function formatKbo(value: string): string {
  const cijfers = normaliseKbo(value)
  if (cijfers === null) return value
  return `${cijfers.slice(0, 4)}.${cijfers.slice(4, 7)}.${cijfers.slice(7)}`
}
