// Forwarding a fiche by mail: who it goes to and the personal message, checked before anything is
// sent. Pure rules; the action in src/forward sends.
import { isFicheSoort, type FicheSoort } from './fiche-url'
import type { FieldError } from './field-error'

export const MAX_RECIPIENTS = 5
export const MAX_MESSAGE = 500
/** Forwards one account may send per hour (each to up to MAX_RECIPIENTS addresses). */
export const FORWARDS_PER_HOUR = 10

export type ForwardInput = { soort: FicheSoort; id: number; adressen: string[]; bericht: string }

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/

/** Addresses may be separated by commas, semicolons, spaces or new lines, as people paste them. */
export const splitEmailAddresses = (tekst: string): string[] => [
  ...new Set(
    tekst
      .split(/[\s,;]+/)
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean),
  ),
]

export function parseForward(
  velden: Record<string, unknown>,
): { invoer: ForwardInput } | { fouten: FieldError[] } {
  const fouten: FieldError[] = []
  const soort = isFicheSoort(velden.soort) ? velden.soort : null
  const id = Number(velden.id)
  if (!soort) fouten.push({ field: 'soort', message: 'Onbekend soort fiche.' })
  if (!Number.isSafeInteger(id) || id <= 0)
    fouten.push({ field: 'id', message: 'Onbekende fiche.' })
  const adressen = typeof velden.adressen === 'string' ? splitEmailAddresses(velden.adressen) : []
  const ongeldig = adressen.filter((a) => !EMAIL.test(a) || a.length > 254)
  if (adressen.length === 0)
    fouten.push({ field: 'adressen', message: 'Vul minstens één e-mailadres in.' })
  else if (adressen.length > MAX_RECIPIENTS)
    fouten.push({
      field: 'adressen',
      message: `U kunt een fiche naar hoogstens ${MAX_RECIPIENTS} adressen tegelijk sturen.`,
    })
  else if (ongeldig.length)
    fouten.push({
      field: 'adressen',
      message: `Geen geldig e-mailadres: ${ongeldig.slice(0, 3).join(', ')}.`,
    })
  if (velden.bericht !== undefined && typeof velden.bericht !== 'string')
    fouten.push({ field: 'bericht', message: 'Het bericht moet tekst zijn.' })
  const bericht =
    typeof velden.bericht === 'string' ? velden.bericht.replace(/\r\n/g, '\n').trim() : ''
  if (bericht.length > MAX_MESSAGE)
    fouten.push({
      field: 'bericht',
      message: `Het bericht mag hoogstens ${MAX_MESSAGE} tekens lang zijn (nu ${bericht.length}).`,
    })
  if (fouten.length || !soort) return { fouten }
  return { invoer: { soort, id, adressen, bericht } }
}
