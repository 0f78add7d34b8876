// Checks and limits for saved searches and favourites lists. Pure: no Payload, no database; the
// collections and the account forms use the same limits and messages.
import type { Checked, FieldError } from '../field-error'
import { FICHE_SOORTEN, type FicheSoort } from '../fiche-url'

export const NAME_MAX = 80
export const MAX_ZOEKOPDRACHTEN = 50
export const MAX_LIJSTEN = 20
export const MAX_FICHES_PER_LIJST = 200
export const ZOEKOPDRACHT_MAX = 2000

/** A name as typed: trimmed, inner whitespace folded, required and not longer than NAME_MAX. */
export function checkName(value: unknown, field = 'naam'): Checked<string> {
  const naam = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : ''
  if (!naam) return { ok: false, errors: [{ field, message: 'Geef een naam.' }] }
  if (naam.length > NAME_MAX)
    return {
      ok: false,
      errors: [{ field, message: `Een naam heeft hoogstens ${NAME_MAX} tekens.` }],
    }
  return { ok: true, value: naam }
}

/** A fiche reference from a form: one of the four kinds and a positive whole id. */
export function checkFiche(
  soort: unknown,
  id: unknown,
): Checked<{ ficheSoort: FicheSoort; ficheId: number }> {
  const errors: FieldError[] = []
  if (typeof soort !== 'string' || !(FICHE_SOORTEN as readonly string[]).includes(soort))
    errors.push({
      field: 'ficheSoort',
      message: `Kies een soort fiche: ${FICHE_SOORTEN.join(', ')}.`,
    })
  const nummer =
    typeof id === 'number'
      ? id
      : typeof id === 'string' && /^\d{1,10}$/.test(id.trim())
        ? Number(id)
        : NaN
  if (!Number.isSafeInteger(nummer) || nummer < 1)
    errors.push({ field: 'ficheId', message: 'Dit is geen fichenummer.' })
  return errors.length
    ? { ok: false, errors }
    : { ok: true, value: { ficheSoort: soort as FicheSoort, ficheId: nummer } }
}

/** A record id from a form (a list or saved search of the user). */
export function checkId(value: unknown, field = 'id'): Checked<number> {
  const nummer =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,10}$/.test(value.trim())
        ? Number(value)
        : NaN
  if (!Number.isSafeInteger(nummer) || nummer < 1)
    return { ok: false, errors: [{ field, message: 'Onbekend nummer.' }] }
  return { ok: true, value: nummer }
}

/** "zorgverlener:12" (a search result's id) as a fiche reference. */
export function ficheFromResultId(id: string): { ficheSoort: FicheSoort; ficheId: number } | null {
  const [soort, nummer] = id.split(':')
  const checked = checkFiche(soort, nummer)
  return checked.ok ? checked.value : null
}
