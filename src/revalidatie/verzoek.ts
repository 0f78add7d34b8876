// Checks the body of a revalidation request: lists of site paths, nothing else.
import type { TeVernieuwen } from '@/domain/revalidatie'

type Fout = { field: string; message: string }

const PAD = /^\/[^\s?#]*$/

export function leesTeVernieuwen(body: unknown): TeVernieuwen | { fout: Fout } {
  if (!body || typeof body !== 'object') return { fout: { field: 'body', message: 'Verwacht een JSON-object met paden en layouts' } }
  const { paden = [], layouts = [] } = body as Record<string, unknown>
  for (const [field, waarde] of [['paden', paden], ['layouts', layouts]] as const) {
    if (!Array.isArray(waarde) || waarde.length > 1000) return { fout: { field, message: 'Verwacht een lijst van hoogstens 1000 paden' } }
    const fout = waarde.findIndex((p) => typeof p !== 'string' || p.length > 500 || !PAD.test(p))
    if (fout >= 0) return { fout: { field: `${field}.${fout}`, message: 'Geen geldig pad: begint met / en bevat geen spaties, ? of #' } }
  }
  return { paden: paden as string[], layouts: layouts as string[] }
}
