import type { CollectionSlug, Payload } from 'payload'

import { SYSTEM } from './db'
import { runPool } from './pool'
import { fichesIn, type AanbodInput, type Marker, type PlanUnit } from './plan-types'

export type FicheRef = {
  collection: 'organisaties' | 'praktijken' | 'zorgverleners' | 'aanbod'
  id: number
}

export type WriteContext = {
  payload: Payload
  rubriekIds: ReadonlyMap<string, number>
  /** The user that owns the fiche marked 'demo-zorgverlener', if any. */
  zorgverlenerAccount: number | null
  concurrency: number
  onFiches: (count: number) => void
}

export type WriteResult = { markeringen: Map<Marker, FicheRef> }

/** Turns a planned aanbod into Payload data: rubriek codes and references become ids. */
export function aanbodData(doc: AanbodInput, rubriekIds: ReadonlyMap<string, number>) {
  const { rubriekCodes, ...rest } = doc
  return {
    ...rest,
    rubrieken: rubriekCodes.map((code) => {
      const id = rubriekIds.get(code)
      if (id === undefined) throw new Error(`Rubriek ${code} bestaat niet`)
      return id
    }),
  }
}

/**
 * Writes the units through the Local API, every hook included (regio, E.164 phones, NIS and
 * coordinates from the postcode, versions). Units run `concurrency` at a time; a unit that needs a
 * zorgverlener of an earlier unit waits for that unit.
 */
export async function writeUnitsLocal(
  units: Iterable<PlanUnit>,
  ctx: WriteContext,
): Promise<WriteResult> {
  const { payload } = ctx
  const organisaties: number[] = []
  const praktijken: number[] = []
  const zorgverleners: number[] = []
  const klaar = new Map<number, Promise<void>>()
  const markeringen = new Map<Marker, FicheRef>()

  const create = async (
    collection: CollectionSlug,
    data: Record<string, unknown>,
  ): Promise<number> => {
    const doc = (await payload.create({
      collection,
      // eslint-disable-next-line no-restricted-syntax -- the plan spells select values as plain strings (a bron's veld, a beroep, a NIS code) where Payload's generated types want their literal unions; Payload validates what is written against the options.
      data: data as never,
      ...SYSTEM,
      // eslint-disable-next-line no-restricted-syntax -- Payload types `select` for one collection; for a union of collections it accepts no field at all.
      select: { id: true } as never,
    })) as { id: number }
    return doc.id
  }

  const schrijf = async (unit: PlanUnit) => {
    await Promise.all(unit.dependsOn.map((i) => klaar.get(i) ?? Promise.resolve()))
    if (unit.organisatie) {
      const id = await create('organisaties', unit.organisatie.doc)
      organisaties[unit.organisatie.index] = id
      if (unit.markering) markeringen.set(unit.markering, { collection: 'organisaties', id })
    }
    if (unit.praktijk) {
      const id = await create('praktijken', unit.praktijk.doc)
      praktijken[unit.praktijk.index] = id
      if (unit.markering) markeringen.set(unit.markering, { collection: 'praktijken', id })
    }
    for (const zv of unit.zorgverleners) {
      const account = zv.markering === 'demo-zorgverlener' ? ctx.zorgverlenerAccount : null
      const id = await create('zorgverleners', account ? { ...zv.doc, account } : zv.doc)
      zorgverleners[zv.index] = id
      if (zv.markering) markeringen.set(zv.markering, { collection: 'zorgverleners', id })
    }
    for (const aanbod of unit.aanbod) {
      const parent =
        aanbod.parent.collection === 'organisaties'
          ? organisaties[aanbod.parent.index]
          : praktijken[aanbod.parent.index]
      const data: Record<string, unknown> = {
        ...aanbodData(aanbod.doc, ctx.rubriekIds),
        [aanbod.parent.collection === 'organisaties' ? 'organisatie' : 'praktijk']: parent,
      }
      if (aanbod.zorgverlener !== undefined) data.zorgverlener = zorgverleners[aanbod.zorgverlener]
      await create('aanbod', data)
    }
    ctx.onFiches(fichesIn(unit))
  }

  await runPool(units, ctx.concurrency, (unit) => {
    const p = schrijf(unit)
    klaar.set(
      unit.index,
      p.catch(() => {}),
    )
    return p
  })
  return { markeringen }
}
