import type { Payload, Where } from 'payload'

import { demoRubrieken } from '@/domain/rubrieken'

import {
  derivedAdres,
  derivedKbo,
  derivedRiziv,
  derivedPhoneNumber,
  CHANGED_BY_SYSTEM,
  mainAdres,
  fullName,
} from './derive'
import { DemoGenerator } from './generator'
import type { AdresInput } from './places'
import { regioCodeOf } from './places'
import type { AanbodInput, PlanUnit, PhoneInput } from './plan-types'

export type VerifyResult = { ok: boolean; checked: number; problems: string[] }

type Doc = Record<string, unknown>

/** A document as a plain record, to compare field by field with what the plan wrote. */
const alsRecord = (doc: object | null | undefined): Doc =>
  Object.fromEntries(Object.entries(doc ?? {}))

const leeg = (v: unknown) => v === null || v === undefined

/**
 * Compares what was expected with what Payload reads back: only the keys of `verwacht` count (the
 * stored doc also has ids, timestamps, ...), null and undefined are the same, numbers match to 1e-6.
 */
function vergelijk(pad: string, verwacht: unknown, werkelijk: unknown, problemen: string[]) {
  if (leeg(verwacht) && leeg(werkelijk)) return
  if (typeof verwacht === 'number' && typeof werkelijk === 'number') {
    if (Math.abs(verwacht - werkelijk) > 1e-6)
      problemen.push(`${pad}: ${werkelijk} in plaats van ${verwacht}`)
    return
  }
  if (Array.isArray(verwacht)) {
    if (!Array.isArray(werkelijk) || werkelijk.length !== verwacht.length) {
      problemen.push(
        `${pad}: ${JSON.stringify(werkelijk)?.slice(0, 200)} in plaats van ${JSON.stringify(verwacht).slice(0, 200)}`,
      )
      return
    }
    verwacht.forEach((v, i) => vergelijk(`${pad}[${i}]`, v, werkelijk[i], problemen))
    return
  }
  if (verwacht && typeof verwacht === 'object') {
    if (!werkelijk || typeof werkelijk !== 'object') {
      problemen.push(`${pad}: ontbreekt`)
      return
    }
    for (const [k, v] of Object.entries(verwacht))
      vergelijk(`${pad}.${k}`, v, (werkelijk as Doc)[k], problemen)
    return
  }
  if (verwacht !== werkelijk)
    problemen.push(`${pad}: ${JSON.stringify(werkelijk)} in plaats van ${JSON.stringify(verwacht)}`)
}

const adressen = (lijst: AdresInput[]) => lijst.map(derivedAdres)
const telefoons = (lijst: PhoneInput[]) =>
  lijst.map((t) => ({ ...t, nummer: derivedPhoneNumber(t.nummer), label: t.label ?? null }))
const regioCode = (lijst: AdresInput[]) => {
  const hoofd = mainAdres(adressen(lijst))
  return hoofd ? regioCodeOf(hoofd.nis) : null
}
const codeVan = (regio: unknown) =>
  regio && typeof regio === 'object' ? (regio as { code?: string }).code : regio

function verwachtAanbod(doc: AanbodInput) {
  const { rubriekCodes, adressen: eigen, telefoons: tel, ...rest } = doc
  return {
    ...rest,
    adressen: adressen(eigen),
    telefoons: telefoons(tel),
    openingsuren: {
      ...doc.openingsuren,
      weekschema: doc.openingsuren.weekschema.map((s) => ({
        ...s,
        naMiddernacht: s.naMiddernacht ?? false,
      })),
      uitzonderingen: doc.openingsuren.uitzonderingen.map((u) => ({
        ...u,
        gesloten: u.gesloten ?? false,
        naMiddernacht: u.naMiddernacht ?? false,
      })),
    },
    laatstGewijzigdDoor: CHANGED_BY_SYSTEM,
    rubriekCodes,
  }
}

/**
 * Reads a sample of the seeded fiches back through payload.find and payload.findByID at depth 1 and
 * checks them against the plan the same options produce, with the values the hooks derive. It does
 * not care which path wrote them; run it after the bulk path to prove it stores what the Local API
 * would.
 */
export async function verifySeed(
  payload: Payload,
  options: { fiches: number; seed: number; referentieDatum?: string; steekproef?: number },
): Promise<VerifyResult> {
  const generator = new DemoGenerator(options)
  // About 4.3 fiches per unit; only the sample is kept, so 200,000 fiches fit in little memory.
  const stap = Math.max(1, Math.floor(options.fiches / 4.3 / (options.steekproef ?? 150)))
  const gekozen: PlanUnit[] = []
  for (const unit of generator.units())
    if (unit.index % stap === 0 || unit.markering) gekozen.push(unit)
  const problemen: string[] = []
  let checked = 0

  for (const unit of gekozen) {
    const p: string[] = []
    checked += await controleerUnit(payload, unit, p)
    problemen.push(
      ...p.map(
        (x) =>
          `unit ${unit.index} (${unit.organisatie?.doc.naam ?? unit.praktijk?.doc.naam ?? 'extra aanbod'}) ${x}`,
      ),
    )
  }

  // Totals, and every rubriek with an active aanbod.
  const stats = generator.stats
  for (const collection of ['organisaties', 'praktijken', 'zorgverleners', 'aanbod'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs !== stats[collection])
      problemen.push(`${collection}: ${totalDocs} in plaats van ${stats[collection]}`)
  }
  const { docs: rubrieken } = await payload.find({
    collection: 'rubrieken',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })
  for (const rubriek of rubrieken) {
    if (!generator.gedekt.has(rubriek.code)) continue
    const { totalDocs } = await payload.count({
      collection: 'aanbod',
      where: { and: [{ rubrieken: { in: [rubriek.id] } }, { status: { equals: 'actief' } }] },
      overrideAccess: true,
    })
    if (totalDocs === 0) problemen.push(`rubriek ${rubriek.code} heeft geen actief aanbod`)
  }
  if (rubrieken.length !== demoRubrieken().length)
    problemen.push(`${rubrieken.length} rubrieken in plaats van ${demoRubrieken().length}`)
  return { ok: problemen.length === 0, checked, problems: problemen }
}

async function controleerUnit(payload: Payload, unit: PlanUnit, p: string[]): Promise<number> {
  let checked = 0
  let ouder: Doc | null = null
  let ouderRegio: string | null = null
  if (unit.organisatie || unit.praktijk) {
    const collection = unit.organisatie ? 'organisaties' : 'praktijken'
    const plan = (unit.organisatie ?? unit.praktijk)!.doc
    const { docs } = await payload.find({
      collection,
      where: { naam: { equals: plan.naam } },
      depth: 1,
      limit: 2,
      overrideAccess: true,
    })
    if (docs.length !== 1) {
      p.push(`${collection} "${plan.naam}": ${docs.length} gevonden`)
      return 0
    }
    ouder = alsRecord(docs[0])
    const { kboNummer, adressen: adr, telefoons: tel, ...rest } = plan
    vergelijk(
      collection,
      {
        ...rest,
        kboNummer: derivedKbo(kboNummer),
        adressen: adressen(adr),
        telefoons: telefoons(tel),
        laatstGewijzigdDoor: CHANGED_BY_SYSTEM,
      },
      ouder,
      p,
    )
    ouderRegio = regioCode(adr)
    vergelijk(`${collection}.regio`, ouderRegio, codeVan(ouder.regio), p)
    checked++
  }

  const zvPerIndex = new Map(unit.zorgverleners.map((z) => [z.index, z]))
  for (const aanbod of unit.aanbod) {
    const veld = aanbod.parent.collection === 'organisaties' ? 'organisatie' : 'praktijk'
    const where: Where = ouder
      ? { and: [{ [veld]: { equals: ouder.id } }, { naam: { equals: aanbod.doc.naam } }] }
      : { naam: { equals: aanbod.doc.naam } }
    const { docs } = await payload.find({
      collection: 'aanbod',
      where,
      depth: 1,
      limit: 5,
      overrideAccess: true,
    })
    if (docs.length < 1) {
      p.push(`aanbod "${aanbod.doc.naam}" niet gevonden`)
      continue
    }
    const doc = alsRecord(docs[0])
    const { rubriekCodes, ...verwacht } = verwachtAanbod(aanbod.doc)
    vergelijk(`aanbod "${aanbod.doc.naam}"`, verwacht, doc, p)
    vergelijk(
      `aanbod "${aanbod.doc.naam}".rubrieken`,
      rubriekCodes,
      (doc.rubrieken as Doc[]).map((r) => r.code),
      p,
    )
    const eigenRegio = regioCode(aanbod.doc.adressen)
    if (ouder)
      vergelijk(
        `aanbod "${aanbod.doc.naam}".regio`,
        eigenRegio ?? ouderRegio,
        codeVan(doc.regio),
        p,
      )
    if (ouder)
      vergelijk(
        `aanbod "${aanbod.doc.naam}".${veld}`,
        ouder.naam,
        (doc[veld] as Doc | null)?.naam,
        p,
      )
    checked++

    if (aanbod.zorgverlener !== undefined) {
      const populated = doc.zorgverlener as Doc | null
      if (!populated) {
        p.push(`aanbod "${aanbod.doc.naam}" zonder zorgverlener`)
        continue
      }
      const plan = zvPerIndex.get(aanbod.zorgverlener)
      if (!plan) {
        // A colleague from another practice: only the name can be checked here.
        if (!String(aanbod.doc.naam).startsWith(String(populated.naam)))
          p.push(`aanbod "${aanbod.doc.naam}": zorgverlener ${String(populated.naam)}`)
        continue
      }
      const zv = alsRecord(
        await payload.findByID({
          collection: 'zorgverleners',
          id: populated.id as number,
          depth: 1,
          overrideAccess: true,
        }),
      )
      const { rizivNummer, adressen: adr, telefoons: tel, ...rest } = plan.doc
      vergelijk(
        `zorgverlener ${plan.doc.voornaam} ${plan.doc.achternaam}`,
        {
          ...rest,
          ...derivedRiziv(rizivNummer),
          naam: fullName(plan.doc.voornaam, plan.doc.achternaam),
          adressen: adressen(adr),
          telefoons: telefoons(tel),
          laatstGewijzigdDoor: CHANGED_BY_SYSTEM,
        },
        zv,
        p,
      )
      vergelijk(
        `zorgverlener ${plan.doc.voornaam} ${plan.doc.achternaam}.regio`,
        regioCode(adr),
        codeVan(zv.regio),
        p,
      )
      if (plan.markering === 'demo-zorgverlener')
        vergelijk(
          'zorgverlener.account',
          'zorgverlener@demo.test',
          (zv.account as Doc | null)?.email,
          p,
        )
      checked++
    }
  }
  return checked
}
