import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { idOf } from '@access/idOf'
import { checkNaam, MAX_FICHES_PER_LIJST, MAX_LIJSTEN, MAX_ZOEKOPDRACHTEN } from '@/domain/favorieten/grenzen'
import { FICHE_COLLECTIE, FICHE_SOORTEN, type FicheSoort } from '@/domain/fiche-url'
import { normaliseerZoekopdracht } from '@/favorieten/zoekopdracht'

type Slug = 'zoekopdrachten' | 'lijsten'

const weiger = (collection: Slug, req: PayloadRequest, path: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ path, message }] }, req.t)
}

/** The owner is always the user who creates it; a user keeps at most `max` of them. */
const eigenaarEnGrens =
  (collection: Slug, max: number, wat: string): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation === 'create') {
      data.eigenaar = req.user?.id
      const { totalDocs } = await req.payload.count({ collection, where: { eigenaar: { equals: data.eigenaar } }, overrideAccess: true, req })
      if (totalDocs >= max) weiger(collection, req, 'naam', `U hebt al ${max} ${wat}, het maximum. Verwijder er eerst een.`)
    }
    if (operation === 'create' || data.naam !== undefined) {
      const naam = checkNaam(data.naam)
      if (!naam.ok) weiger(collection, req, 'naam', naam.errors[0]!.message)
      else data.naam = naam.value
    }
    return data
  }

export const zoekopdrachtBewaren: CollectionBeforeChangeHook = async (args) => {
  const data = await eigenaarEnGrens('zoekopdrachten', MAX_ZOEKOPDRACHTEN, 'bewaarde zoekopdrachten')(args)
  if (args.operation === 'create' || data.zoekopdracht !== undefined) {
    const checked = normaliseerZoekopdracht(data.zoekopdracht)
    if (!checked.ok) weiger('zoekopdrachten', args.req, 'zoekopdracht', checked.errors[0]!.message)
    else data.zoekopdracht = checked.value
  }
  return data
}

type Regel = { ficheSoort?: unknown; ficheId?: unknown; id?: unknown }

/**
 * A list holds each fiche once, at most MAX_FICHES_PER_LIJST of them, and a fiche added to it must
 * exist and be visible to the user now (a fiche that stops later stays, marked, on the list).
 */
export const lijstBewaren: CollectionBeforeChangeHook = async (args) => {
  const data = await eigenaarEnGrens('lijsten', MAX_LIJSTEN, 'lijsten')(args)
  const { req, originalDoc } = args
  if (!Array.isArray(data.fiches)) return data
  // Counted before anything else: a request with thousands of rows must not cost a lookup per row.
  if (data.fiches.length > MAX_FICHES_PER_LIJST) weiger('lijsten', req, 'fiches', `Een lijst heeft hoogstens ${MAX_FICHES_PER_LIJST} fiches.`)
  const bestaand = new Set(((originalDoc?.fiches ?? []) as Regel[]).map((r) => `${r.ficheSoort}:${r.ficheId}`))
  const gezien = new Set<string>()
  const regels: Regel[] = []
  for (const regel of data.fiches as Regel[]) {
    const soort = regel.ficheSoort as FicheSoort
    const id = Number(regel.ficheId)
    if (!FICHE_SOORTEN.includes(soort)) weiger('lijsten', req, 'fiches.ficheSoort', 'Onbekende soort fiche.')
    if (!Number.isSafeInteger(id) || id < 1) weiger('lijsten', req, 'fiches.ficheId', 'Dit is geen fichenummer.')
    const sleutel = `${soort}:${id}`
    if (gezien.has(sleutel)) continue
    gezien.add(sleutel)
    if (!bestaand.has(sleutel)) {
      const fiche = await req.payload.findByID({ collection: FICHE_COLLECTIE[soort], id, depth: 0, overrideAccess: false, disableErrors: true, req })
      if (!fiche) weiger('lijsten', req, 'fiches.ficheId', 'Deze fiche bestaat niet.')
    }
    regels.push({ ...regel, ficheSoort: soort, ficheId: id })
  }
  data.fiches = regels
  return data
}

export const eigenaarVan = (doc: { eigenaar?: unknown }) => idOf(doc.eigenaar)
