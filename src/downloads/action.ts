// Ask for a download of a search's results. The file is made later by the worker; this only checks
// the request and queues the job. Lists call requestDownload with a { soort: 'fiches' } source.
import type { ActionContext } from '@/forms/action'
import { done, fail, invalid, type ActionResult } from '@/forms/result'
import { poolOf } from '@/db/pool'
import type { User } from '@/payload-types'
import { parseSearchParams } from '@/search/params'

import { FORMATS, type Format } from './file'
import { checkZoekopdracht, type DownloadSource } from './source'
import { createJob } from './jobs'
import { MAX_RUNNING } from './limits'

const MAX_ZOEKOPDRACHT = 2000

/** Queues a download for `user`; what a favourites list's "download" button calls too. */
export async function requestDownload(
  ctx: Pick<ActionContext, 'payload' | 'siteBase'> & { user: User | null },
  aanvraag: { formaat: unknown; bron: DownloadSource; titel: string },
): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan om een download te vragen.')
  if (!FORMATS.includes(aanvraag.formaat as Format))
    return fail(400, 'formaat', 'Kies CSV of XLSX.')
  const job = await createJob(poolOf(ctx.payload), {
    eigenaarId: ctx.user.id,
    formaat: aanvraag.formaat as Format,
    titel: aanvraag.titel.slice(0, 200),
    bron: aanvraag.bron,
    site: ctx.siteBase,
  })
  if (job === 'te-veel')
    return fail(
      429,
      'formaat',
      `U hebt al ${MAX_RUNNING} downloads in de maak. Wacht tot die klaar zijn.`,
    )
  return done('/account#downloads', 'download-gevraagd')
}

/** "Zoekresultaten voor "huisarts" in Gent". */
export function zoekopdrachtTitle(zoekopdracht: string): string {
  const { params } = parseSearchParams(new URLSearchParams(zoekopdracht))
  const wat = params.q ? `"${params.q}"` : 'alle fiches'
  return `Zoekresultaten voor ${wat}${params.waar ? ` in ${params.waar}` : ''}`
}

export async function requestSearchDownload(
  ctx: ActionContext,
  velden: Record<string, unknown>,
): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan om een download te vragen.')
  const ruw = velden.zoekopdracht ?? ''
  if (typeof ruw !== 'string' || ruw.length > MAX_ZOEKOPDRACHT)
    return fail(400, 'zoekopdracht', 'De zoekopdracht is ongeldig of te lang.')
  const zoekopdracht = ruw.replace(/^\?/, '')
  const fouten = checkZoekopdracht(zoekopdracht)
  if (fouten.length)
    return invalid(fouten.map((f) => ({ field: `zoekopdracht.${f.field}`, message: f.message })))
  // Paging is not part of what is downloaded: the file holds all results, not one page.
  const zonderPagina = new URLSearchParams(zoekopdracht)
  zonderPagina.delete('pagina')
  zonderPagina.delete('per')
  return requestDownload(ctx, {
    formaat: velden.formaat,
    bron: { soort: 'zoekopdracht', zoekopdracht: zonderPagina.toString() },
    titel: zoekopdrachtTitle(zoekopdracht),
  })
}
