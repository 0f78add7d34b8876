import type { IdentifierResult } from './result'
import { hasValidKboCheckDigits } from './mod97'

/**
 * Establishment unit numbers were always 10 digits, so unlike enterprise numbers a 9-digit input is
 * not padded, and there is no 'BE' prefix because they are never VAT numbers.
 */
export function normaliseVestigingseenheid(input: string): string | null {
  const cijfers = input.replace(/[\s.\-/]/g, '')
  return /^\d{10}$/.test(cijfers) ? cijfers : null
}

export function validateVestigingseenheid(input: string): IdentifierResult {
  if (input.trim() === '') return { ok: false, reason: 'Vul een vestigingsnummer in.' }
  const value = normaliseVestigingseenheid(input)
  if (value === null) {
    return {
      ok: false,
      reason: 'Een vestigingsnummer bestaat uit 10 cijfers, bijvoorbeeld 2.297.964.444.',
    }
  }
  if (!/^[2-8]/.test(value)) {
    const hint = /^[01]/.test(value) ? ' Dit lijkt een ondernemingsnummer.' : ''
    return { ok: false, reason: `Een vestigingsnummer begint met een cijfer van 2 tot 8.${hint}` }
  }
  if (!hasValidKboCheckDigits(value)) {
    return {
      ok: false,
      reason:
        'Dit vestigingsnummer bestaat niet: de laatste twee cijfers (het controlegetal) kloppen niet. Controleer het nummer.',
    }
  }
  return { ok: true, value }
}

/** '2297964444' -> '2.297.964.444'. Input that is not 10 digits is returned as given. */
export function formatVestigingseenheid(value: string): string {
  const c = normaliseVestigingseenheid(value)
  if (c === null) return value
  return `${c[0]}.${c.slice(1, 4)}.${c.slice(4, 7)}.${c.slice(7)}`
}
