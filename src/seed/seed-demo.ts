import type { Payload } from 'payload'

import { gemeenteNisCodes } from '@collections/fields/gemeenten'
import { demoRubrieken } from '@/domain/rubrieken'
import { defaultRegios } from '@/domain/regios'

import { getSearchEngine, poolOf as searchPoolOf } from '@/search/engine'
import { reindexAll } from '@/search/sync/reindex'

import { DEMO_ACCOUNTS, demoAccountsAllowed } from './accounts'
import { SYSTEM, isDatabaseEmpty } from './db'
import { DemoGenerator } from './generator'
import type { Marker } from './plan-types'
import { writeUnitsBulk } from './write-bulk'
import { seedContent } from './write-content'
import { writeUnitsLocal, type FicheRef } from './write-local'

export type SeedOptions = {
  /** Total of organisaties + praktijken + zorgverleners + aanbod. */
  fiches: number
  seed?: number
  /** Password of every demo account. */
  password: string
  onProgress?: (done: number, total: number) => void
  /** 'auto' writes through the Local API up to BULK_THRESHOLD fiches and with SQL above it. */
  mode?: 'auto' | 'local' | 'bulk'
  /** Units written at the same time through the Local API. */
  concurrency?: number
  /** "Today" of the demo data; fixed by default so that runs are reproducible. */
  referentieDatum?: string
}

export type SeedSummary = {
  seed: number
  fiches: number
  mode: 'local' | 'bulk'
  /** Rows per collection after the run, read back from the database. */
  counts: Record<
    | 'regios'
    | 'rubrieken'
    | 'organisaties'
    | 'praktijken'
    | 'zorgverleners'
    | 'aanbod'
    | 'users'
    | 'fichebeheer'
    | 'handleidingen'
    | 'faq',
    number
  >
  /** Fiches per state (all four fiche collections together). */
  status: { actief: number; stopgezet: number; in_aanvraag: number }
  /** Rubrieken without an active aanbod; empty unless the run is very small. */
  rubriekenZonderAanbod: string[]
  /** Ids of the examples the demo accounts and the docs refer to. */
  voorbeelden: Partial<Record<Marker, FicheRef>>
  elapsedMs: number
  /** Time spent on the fiches alone, and their rate. */
  fichesMs: number
  fichesPerSecond: number
  /** The search index, rebuilt once at the end (the seed's writes record no search updates). */
  zoekindex: { indexed: number; elapsedMs: number }
}

/**
 * Above this many fiches the Local API is too slow (it runs every hook and writes a version row per
 * fiche: 30-55 fiches/s on 2 cores, so 200,000 fiches would take over an hour), and the fiches go in
 * with plain SQL in large batches instead. `mode` overrides it.
 */
export const BULK_THRESHOLD = 10_000

const COLLECTIONS = [
  'regios',
  'rubrieken',
  'organisaties',
  'praktijken',
  'zorgverleners',
  'aanbod',
  'users',
  'fichebeheer',
  'handleidingen',
  'faq',
] as const

/**
 * Fills an empty database with a realistic demo Flanders: regions, the rubriek tree, `fiches`
 * fiches spread over the municipalities by population, manuals and FAQ, and the demo accounts with
 * their management rights. The same `seed` and size always give the same data.
 */
export async function seedDemo(payload: Payload, options: SeedOptions): Promise<SeedSummary> {
  if (!demoAccountsAllowed()) {
    throw new Error(
      'Demo-accounts worden niet aangemaakt met NODE_ENV=production. Zet DEMO_MODE=true als dit echt een demosite is.',
    )
  }
  if (!(await isDatabaseEmpty(payload))) {
    throw new Error(
      'De databank is niet leeg (er zijn al gebruikers of organisaties). Maak ze eerst leeg.',
    )
  }
  const start = Date.now()
  const generator = new DemoGenerator({
    fiches: options.fiches,
    seed: options.seed,
    referentieDatum: options.referentieDatum,
  })
  const mode =
    options.mode === 'local' || options.mode === 'bulk'
      ? options.mode
      : options.fiches > BULK_THRESHOLD
        ? 'bulk'
        : 'local'

  const regioIds = await seedRegios(payload)
  const rubriekIds = await seedRubrieken(payload)
  const userIds = await seedUsers(payload, options.password, regioIds)
  await seedContent(payload)

  const fichesStart = Date.now()
  let done = 0
  options.onProgress?.(0, options.fiches)
  const onFiches = (count: number) => {
    done += count
    options.onProgress?.(done, options.fiches)
  }
  const zorgverlenerAccount = userIds.get('zorgverlener@demo.test') ?? null
  const { markeringen } =
    mode === 'bulk'
      ? await writeUnitsBulk(generator.units(), {
          payload,
          rubriekIds,
          regioIds,
          zorgverlenerAccount,
          onFiches,
        })
      : await writeUnitsLocal(generator.units(), {
          payload,
          rubriekIds,
          zorgverlenerAccount,
          concurrency: options.concurrency ?? 6,
          onFiches,
        })
  const fichesMs = Date.now() - fichesStart
  if (done !== options.fiches) options.onProgress?.(done, done)

  await seedFichebeheer(payload, userIds.get('beheerder@demo.test'), markeringen)
  const zoekindex = await reindexAll(searchPoolOf(payload), getSearchEngine(payload))

  const counts = Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(
        async (collection) =>
          [
            collection,
            (await payload.count({ collection, overrideAccess: true })).totalDocs,
          ] as const,
      ),
    ),
  ) as SeedSummary['counts']
  return {
    seed: generator.seed,
    fiches: done,
    mode,
    counts,
    status: { ...generator.stats.status },
    rubriekenZonderAanbod: demoRubrieken()
      .filter((r) => !generator.gedekt.has(r.code))
      .map((r) => r.code),
    voorbeelden: Object.fromEntries(markeringen),
    elapsedMs: Date.now() - start,
    fichesMs,
    fichesPerSecond: Math.round((done / Math.max(1, fichesMs)) * 1000),
    zoekindex: { indexed: zoekindex.indexed, elapsedMs: zoekindex.elapsedMs },
  }
}

/** The five provinces and Brussels; existing ones (same code) are kept. */
async function seedRegios(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'regios',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })
  const ids = new Map(docs.map((d) => [d.code, d.id]))
  for (const regio of defaultRegios()) {
    if (ids.has(regio.code)) continue
    const doc = await payload.create({
      collection: 'regios',
      data: { ...regio, gemeenten: gemeenteNisCodes(regio.gemeenten) },
      ...SYSTEM,
    })
    ids.set(regio.code, doc.id)
  }
  return ids
}

/** All rubrieken of the demo tree, each after its parent (linked through the nested-docs `parent`). */
async function seedRubrieken(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'rubrieken',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })
  const ids = new Map(docs.map((d) => [d.code, d.id]))
  for (const rubriek of demoRubrieken()) {
    if (ids.has(rubriek.code)) continue
    const parent = rubriek.parentCode ? ids.get(rubriek.parentCode) : undefined
    const doc = await payload.create({
      collection: 'rubrieken',
      data: { code: rubriek.code, naam: rubriek.naam, ...(parent ? { parent } : {}) },
      ...SYSTEM,
    })
    ids.set(rubriek.code, doc.id)
  }
  return ids
}

async function seedUsers(
  payload: Payload,
  password: string,
  regioIds: Map<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const account of DEMO_ACCOUNTS) {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password,
        naam: account.naam,
        roles: account.roles,
        ...(account.regios
          ? { regios: account.regios.map((code) => regioIds.get(code)!).filter(Boolean) }
          : {}),
      },
      ...SYSTEM,
      disableVerificationEmail: true,
    })
    ids.set(account.email, doc.id)
  }
  return ids
}

/**
 * beheerder@demo.test manages three organisaties and two praktijken in the province of Antwerpen,
 * and waits for the regional team's answer on a fourth request.
 */
async function seedFichebeheer(
  payload: Payload,
  gebruiker: number | undefined,
  markeringen: Map<Marker, FicheRef>,
): Promise<void> {
  if (!gebruiker) return
  const goedgekeurd: Marker[] = [
    'nottebohm',
    'caw-antwerpen',
    'ocmw-lier',
    'lier-astrid',
    'kine-de-brug',
  ]
  const aanvragen = [
    ...goedgekeurd.map((m) => ({ markering: m, status: 'goedgekeurd' as const })),
    { markering: 'beheer-aanvraag' as Marker, status: 'aangevraagd' as const },
  ]
  for (const { markering, status } of aanvragen) {
    const fiche = markeringen.get(markering)
    if (!fiche || (fiche.collection !== 'organisaties' && fiche.collection !== 'praktijken'))
      continue
    await payload.create({
      collection: 'fichebeheer',
      data: {
        gebruiker,
        [fiche.collection === 'organisaties' ? 'organisatie' : 'praktijk']: fiche.id,
        status,
        motivatie: 'Ik ben coördinator en houd de gegevens van onze werking bij.',
        ...(status === 'goedgekeurd'
          ? { beslissing: 'Functie bevestigd door de organisatie.' }
          : {}),
      },
      ...SYSTEM,
    })
  }
}
