import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import {
  checkName,
  MAX_FICHES_PER_LIJST,
  MAX_LIJSTEN,
  MAX_ZOEKOPDRACHTEN,
} from '@/domain/favorieten/limits'
import { FICHE_COLLECTION, isFicheSoort } from '@/domain/fiche-url'
import { normaliseZoekopdracht } from '@/favorieten/zoekopdracht'
import type { Lijst, Zoekopdracht } from '@/payload-types'

type Slug = 'zoekopdrachten' | 'lijsten'

function weiger(collection: Slug, req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection, errors: [{ path, message }] }, req.t)
}

type BewaarArgs = Parameters<CollectionBeforeChangeHook<Zoekopdracht | Lijst>>[0]

/** The owner is always the user who creates it; a user keeps at most `max` of them. */
async function eigenaarEnGrens(
  collection: Slug,
  max: number,
  wat: string,
  { data, operation, req }: BewaarArgs,
): Promise<void> {
  if (operation === 'create') {
    data.eigenaar = req.user?.id
    const { totalDocs } = await req.payload.count({
      collection,
      where: { eigenaar: { equals: data.eigenaar } },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= max)
      weiger(
        collection,
        req,
        'naam',
        `U hebt al ${max} ${wat}, het maximum. Verwijder er eerst een.`,
      )
  }
  if (operation === 'create' || data.naam !== undefined) {
    const naam = checkName(data.naam)
    if (!naam.ok) weiger(collection, req, 'naam', naam.errors[0].message)
    else data.naam = naam.value
  }
}

export const guardZoekopdracht: CollectionBeforeChangeHook<Zoekopdracht> = async (args) => {
  await eigenaarEnGrens('zoekopdrachten', MAX_ZOEKOPDRACHTEN, 'bewaarde zoekopdrachten', args)
  const { data } = args
  if (args.operation === 'create' || data.zoekopdracht !== undefined) {
    const checked = normaliseZoekopdracht(data.zoekopdracht)
    if (!checked.ok) weiger('zoekopdrachten', args.req, 'zoekopdracht', checked.errors[0].message)
    else data.zoekopdracht = checked.value
  }
  return data
}

type Regel = NonNullable<Lijst['fiches']>[number]

/**
 * A list holds each fiche once, at most MAX_FICHES_PER_LIJST of them, and a fiche added to it must
 * exist and be visible to the user now (a fiche that stops later stays, marked, on the list).
 */
export const guardLijst: CollectionBeforeChangeHook<Lijst> = async (args) => {
  await eigenaarEnGrens('lijsten', MAX_LIJSTEN, 'lijsten', args)
  const { data, req, originalDoc } = args
  if (!Array.isArray(data.fiches)) return data
  // Counted before anything else: a request with thousands of rows must not cost a lookup per row.
  if (data.fiches.length > MAX_FICHES_PER_LIJST)
    weiger('lijsten', req, 'fiches', `Een lijst heeft hoogstens ${MAX_FICHES_PER_LIJST} fiches.`)
  const bestaand = new Set((originalDoc?.fiches ?? []).map((r) => `${r.ficheSoort}:${r.ficheId}`))
  const gezien = new Set<string>()
  const regels: Regel[] = []
  // Checked row by row: a client may send anything here, whatever the generated type says.
  for (const regel of data.fiches) {
    const soort = regel.ficheSoort
    const id = Number(regel.ficheId)
    if (!isFicheSoort(soort)) weiger('lijsten', req, 'fiches.ficheSoort', 'Onbekende soort fiche.')
    if (!Number.isSafeInteger(id) || id < 1)
      weiger('lijsten', req, 'fiches.ficheId', 'Dit is geen fichenummer.')
    const sleutel = `${soort}:${id}`
    if (gezien.has(sleutel)) continue
    gezien.add(sleutel)
    if (!bestaand.has(sleutel)) {
      const fiche = await req.payload.findByID({
        collection: FICHE_COLLECTION[soort],
        id,
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
        req,
      })
      if (!fiche) weiger('lijsten', req, 'fiches.ficheId', 'Deze fiche bestaat niet.')
    }
    regels.push({ ...regel, ficheSoort: soort, ficheId: id })
  }
  data.fiches = regels
  return data
}
