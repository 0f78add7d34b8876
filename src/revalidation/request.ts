// Checks the body of a revalidation request: lists of site paths and fiche tags, nothing else.
import { FICHE_SOORTEN } from '@/domain/fiche-url'
import type { FieldError } from '@/domain/field-error'
import type { ToRevalidate } from '@/domain/revalidation'

const PAD = /^\/[^\s?#]*$/
const TAG = new RegExp(`^fiche:(${FICHE_SOORTEN.join('|')}):\\d{1,12}$`)

export function parseRevalidationRequest(body: unknown): ToRevalidate | { fout: FieldError } {
  if (!body || typeof body !== 'object')
    return {
      fout: { field: 'body', message: 'Verwacht een JSON-object met paden, layouts en tags' },
    }
  const { paden = [], layouts = [], tags = [] } = body as Record<string, unknown>
  for (const [field, waarde] of [
    ['paden', paden],
    ['layouts', layouts],
  ] as const) {
    if (!Array.isArray(waarde) || waarde.length > 1000)
      return { fout: { field, message: 'Verwacht een lijst van hoogstens 1000 paden' } }
    const fout = waarde.findIndex((p) => typeof p !== 'string' || p.length > 500 || !PAD.test(p))
    if (fout >= 0)
      return {
        fout: {
          field: `${field}.${fout}`,
          message: 'Geen geldig pad: begint met / en bevat geen spaties, ? of #',
        },
      }
  }
  if (!Array.isArray(tags) || tags.length > 5000)
    return { fout: { field: 'tags', message: 'Verwacht een lijst van hoogstens 5000 tags' } }
  const fout = tags.findIndex((t) => typeof t !== 'string' || !TAG.test(t))
  if (fout >= 0)
    return { fout: { field: `tags.${fout}`, message: 'Geen geldige tag: fiche:<soort>:<id>' } }
  return { paden: paden as string[], layouts: layouts as string[], tags: tags as string[] }
}
