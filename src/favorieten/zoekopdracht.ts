// A saved search is the search's URL state, stored as the clean query string /zoeken itself writes.
import { ZOEKOPDRACHT_MAX } from '@/domain/favorieten/limits'
import type { Checked, FieldError } from '@/domain/field-error'
import { parseSearchParams, toSearchString } from '@/search/params'

/**
 * Accepts "q=huisarts&waar=Gent", "?q=..." or "/zoeken?q=...". Refuses what the search itself would
 * refuse, so a saved search always replays exactly; the page number is not part of a search.
 */
export function normaliseZoekopdracht(value: unknown, field = 'zoekopdracht'): Checked<string> {
  const fout = (message: string): Checked<string> => ({
    ok: false,
    errors: [{ field, message } satisfies FieldError],
  })
  if (typeof value !== 'string') return fout('Er is geen zoekopdracht om te bewaren.')
  const ruw = value
    .trim()
    .replace(/^\/zoeken/, '')
    .replace(/^\?/, '')
  if (ruw.length > ZOEKOPDRACHT_MAX)
    return fout(`Een zoekopdracht heeft hoogstens ${ZOEKOPDRACHT_MAX} tekens.`)
  const { params, fouten } = parseSearchParams(new URLSearchParams(ruw))
  if (fouten.length)
    return fout(`Deze zoekopdracht klopt niet: ${fouten.map((f) => f.message).join('; ')}.`)
  return { ok: true, value: toSearchString({ ...params, pagina: 1 }) }
}

export const zoekopdrachtHref = (zoekopdracht: string) =>
  zoekopdracht ? `/zoeken?${zoekopdracht}` : '/zoeken'
