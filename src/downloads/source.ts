// Where the fiches of a download come from: a search (the same URL state as /zoeken) or a plain
// list of fiche references (a favourites list hands its items in this form). Both end as
// ExportFiche rows read with a visitor's rights, so a stopped or pending fiche never gets in.
import type { Payload } from 'payload'

import { FICHE_COLLECTION, FICHE_SOORTEN, ficheUrl, type FicheSoort } from '@/domain/fiche-url'
import type { ExportAdres, ExportFiche } from '@/domain/export/columns'
import type { FieldError } from '@/domain/field-error'
import { isAanbod } from '@/fiches/documents'
import { getSearchEngine } from '@/search/engine'
import { parseSearchParams } from '@/search/params'

export type FicheRef = { soort: FicheSoort; id: number }

/** What a download job stores: enough to produce the same rows later, in the worker. */
export type DownloadSource =
  { soort: 'zoekopdracht'; zoekopdracht: string } | { soort: 'fiches'; refs: FicheRef[] }

const PER_PAGINA = 100

export function checkZoekopdracht(zoekopdracht: string): FieldError[] {
  return parseSearchParams(new URLSearchParams(zoekopdracht)).fouten
}

/** The fiches a search finds, in its own order, at most `max`. */
export async function refsOfZoekopdracht(
  payload: Payload,
  zoekopdracht: string,
  max: number,
): Promise<{ refs: FicheRef[]; totaal: number }> {
  const { query, fouten } = parseSearchParams(new URLSearchParams(zoekopdracht))
  if (fouten.length)
    throw new Error(`Ongeldige zoekopdracht: ${fouten.map((f) => f.message).join('; ')}`)
  const engine = getSearchEngine(payload)
  const refs: FicheRef[] = []
  let totaal = 0
  for (let page = 1; refs.length < max; page++) {
    const result = await engine.search({ ...query, page, perPage: PER_PAGINA })
    totaal = result.total
    for (const hit of result.hits) refs.push({ soort: hit.document.type, id: hit.document.docId })
    if (result.hits.length < PER_PAGINA) break
  }
  return { refs: refs.slice(0, max), totaal }
}

export async function refsOfSource(
  payload: Payload,
  bron: DownloadSource,
  max: number,
): Promise<{ refs: FicheRef[]; totaal: number }> {
  if (bron.soort === 'zoekopdracht') return refsOfZoekopdracht(payload, bron.zoekopdracht, max)
  return { refs: bron.refs.slice(0, max), totaal: bron.refs.length }
}

/** The naam of a populated relation (a rubriek, an organisatie); null for an id or nothing. */
const naamVan = (value: unknown): string | null =>
  value && typeof value === 'object' && 'naam' in value && typeof value.naam === 'string'
    ? value.naam || null
    : null
const lijst = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])

/** Rubriek names of the active aanbod of organisaties, praktijken or zorgverleners (they have none of their own). */
async function rubriekenViaAanbod(
  payload: Payload,
  veld: 'organisatie' | 'praktijk' | 'zorgverlener',
  ids: number[],
): Promise<Map<number, string[]>> {
  const uit = new Map<number, string[]>()
  if (ids.length === 0) return uit
  const { docs } = await payload.find({
    collection: 'aanbod',
    where: { [veld]: { in: ids } },
    pagination: false,
    depth: 1,
    overrideAccess: false,
    select: { [veld]: true, rubrieken: true },
  })
  for (const doc of docs) {
    const ouder = doc[veld]
    const id =
      typeof ouder === 'object' && ouder ? (ouder as { id: number }).id : (ouder as number | null)
    if (!id) continue
    const namen = uit.get(id) ?? []
    for (const r of lijst<unknown>(doc.rubrieken)) {
      const naam = naamVan(r)
      if (naam && !namen.includes(naam)) namen.push(naam)
    }
    uit.set(id, namen)
  }
  return uit
}

async function laadSoort(
  payload: Payload,
  soort: FicheSoort,
  ids: number[],
): Promise<Map<number, ExportFiche>> {
  const select: Record<string, true> = {
    naam: true,
    adressen: true,
    telefoons: true,
    emails: true,
    websites: true,
  }
  if (soort === 'aanbod')
    Object.assign(select, {
      organisatie: true,
      praktijk: true,
      rubrieken: true,
      openingsuren: true,
    })
  const { docs } = await payload.find({
    collection: FICHE_COLLECTION[soort],
    where: { id: { in: ids } },
    pagination: false,
    depth: soort === 'aanbod' ? 1 : 0,
    overrideAccess: false,
    select,
  })
  const viaAanbod =
    soort === 'aanbod' ? new Map<number, string[]>() : await rubriekenViaAanbod(payload, soort, ids)
  const uit = new Map<number, ExportFiche>()
  for (const doc of docs) {
    const naam = String(doc.naam ?? '')
    const aanbod = isAanbod(soort, doc) ? doc : null
    uit.set(doc.id, {
      soort,
      naam,
      ouder: aanbod ? (naamVan(aanbod.organisatie) ?? naamVan(aanbod.praktijk)) : null,
      rubrieken: aanbod
        ? lijst<unknown>(aanbod.rubrieken)
            .map(naamVan)
            .filter((n): n is string => Boolean(n))
        : (viaAanbod.get(doc.id) ?? []),
      adressen: lijst<ExportAdres>(doc.adressen),
      telefoons: lijst(doc.telefoons),
      emails: lijst(doc.emails),
      websites: lijst(doc.websites),
      openingsuren: (aanbod?.openingsuren as ExportFiche['openingsuren']) ?? null,
      url: ficheUrl(soort, doc.id, naam),
    })
  }
  return uit
}

/**
 * The public data of these fiches, in the order of `refs`. A fiche that is no longer public (or
 * never was) is left out: the download shows what the site shows.
 */
export async function loadFiches(payload: Payload, refs: FicheRef[]): Promise<ExportFiche[]> {
  const perSoort = new Map<FicheSoort, Map<number, ExportFiche>>()
  for (const soort of FICHE_SOORTEN) {
    const ids = [...new Set(refs.filter((r) => r.soort === soort).map((r) => r.id))]
    if (ids.length) perSoort.set(soort, await laadSoort(payload, soort, ids))
  }
  return refs
    .map((r) => perSoort.get(r.soort)?.get(r.id))
    .filter((f): f is ExportFiche => Boolean(f))
}
