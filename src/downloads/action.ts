// Ask for a download of a search's results. The file is made later by the worker; this only checks
// the request and queues the job. Lists call vraagDownloadAan with a { soort: 'fiches' } source.
import type { ActionContext } from '@/forms/action'
import { done, fail, invalid, type ActionResult } from '@/forms/result'
import { poolOf } from '@/db/pool'
import type { User } from '@/payload-types'
import { parseZoekParams } from '@/search/params'

import { FORMATEN, type Formaat } from './file'
import { controleerZoekopdracht, type DownloadBron } from './source'
import { maakJob } from './jobs'
import { MAX_LOPEND } from './limits'

const MAX_ZOEKOPDRACHT = 2000

/** Queues a download for `user`; what a favourites list's "download" button calls too. */
export async function vraagDownloadAan(
  ctx: Pick<ActionContext, 'payload' | 'siteBase'> & { user: User | null },
  aanvraag: { formaat: unknown; bron: DownloadBron; titel: string },
): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan om een download te vragen.')
  if (!FORMATEN.includes(aanvraag.formaat as Formaat)) return fail(400, 'formaat', 'Kies CSV of XLSX.')
  const job = await maakJob(poolOf(ctx.payload), {
    eigenaarId: ctx.user.id,
    formaat: aanvraag.formaat as Formaat,
    titel: aanvraag.titel.slice(0, 200),
    bron: aanvraag.bron,
    site: ctx.siteBase,
  })
  if (job === 'te-veel') return fail(429, 'formaat', `U hebt al ${MAX_LOPEND} downloads in de maak. Wacht tot die klaar zijn.`)
  return done('/account#downloads', 'download-gevraagd')
}

/** "Zoekresultaten voor "huisarts" in Gent". */
export function titelVanZoekopdracht(zoekopdracht: string): string {
  const { params } = parseZoekParams(new URLSearchParams(zoekopdracht))
  const wat = params.q ? `"${params.q}"` : 'alle fiches'
  return `Zoekresultaten voor ${wat}${params.waar ? ` in ${params.waar}` : ''}`
}

export async function vraagZoekDownloadAan(ctx: ActionContext, velden: Record<string, unknown>): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan om een download te vragen.')
  const ruw = velden.zoekopdracht ?? ''
  if (typeof ruw !== 'string' || ruw.length > MAX_ZOEKOPDRACHT) return fail(400, 'zoekopdracht', 'De zoekopdracht is ongeldig of te lang.')
  const zoekopdracht = ruw.replace(/^\?/, '')
  const fouten = controleerZoekopdracht(zoekopdracht)
  if (fouten.length) return invalid(fouten.map((f) => ({ field: `zoekopdracht.${f.field}`, message: f.message })))
  // Paging is not part of what is downloaded: the file holds all results, not one page.
  const zonderPagina = new URLSearchParams(zoekopdracht)
  zonderPagina.delete('pagina')
  zonderPagina.delete('per')
  return vraagDownloadAan(ctx, { formaat: velden.formaat, bron: { soort: 'zoekopdracht', zoekopdracht: zonderPagina.toString() }, titel: titelVanZoekopdracht(zoekopdracht) })
}
