import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getSearchEngine, poolOf } from '@/search/engine'
import { reindexAll } from '@/search/sync/reindex'
import { queueStatusOf } from '@/queue/status'
import { drainSearchQueue, processSearchBatch, type Pool } from '@/search/sync/worker'
import type { SearchDocument, SearchEngine } from '@/search/types'

import { testPayload } from './helpers/payload'
import { createSearchFixture, type SearchFixture } from './helpers/search-fixture'
import { resetSearch, syncSearch } from './helpers/search'
import { buildWorld } from './helpers/world'

let payload: Payload
let fx: SearchFixture
let engine: SearchEngine
const ctx = { systemWrite: true }

beforeAll(async () => {
  payload = await testPayload()
  await buildWorld(payload, 'zoeksync')
  await resetSearch(payload)
  fx = await createSearchFixture(payload)
  engine = getSearchEngine(payload)
  await syncSearch(payload)
}, 120_000)

const doc = async (id: string): Promise<SearchDocument | null> => {
  const { rows } = await poolOf(payload).query<{ document: SearchDocument }>(
    'SELECT document FROM search_documents WHERE id = $1',
    [id],
  )
  return rows[0]?.document ?? null
}
const status = () => queueStatusOf(poolOf(payload), 'search')
const pending = async () => {
  const { waiting, running } = await status()
  return waiting + running
}
const makeDue = () =>
  poolOf(payload).query(
    `UPDATE queue_jobs SET available_at = clock_timestamp() WHERE queue = 'search' AND status = 'waiting'`,
  )
const searchJobs = async () =>
  (await poolOf(payload).query(`SELECT count(*)::int AS n FROM queue_jobs WHERE queue = 'search'`))
    .rows[0].n

describe('the index follows every change', () => {
  it('a renamed organisatie reaches the documents of its aanbod', async () => {
    await payload.update({
      collection: 'organisaties',
      id: fx.nottebohm.id,
      data: { naam: 'Woonzorgcentrum Nottebohm vzw' },
      context: ctx,
    })
    expect(await pending()).toBeGreaterThan(0)
    await syncSearch(payload)
    expect((await doc(`organisatie:${fx.nottebohm.id}`))?.naam).toBe(
      'Woonzorgcentrum Nottebohm vzw',
    )
    expect((await doc(`aanbod:${fx.wzc.id}`))?.parentNaam).toBe('Woonzorgcentrum Nottebohm vzw')
    expect(await pending()).toBe(0)
  })

  it('a renamed rubriek reaches the aanbod in it and in its children, and is found by its new name', async () => {
    await payload.update({
      collection: 'rubrieken',
      id: fx.rubriek('82'),
      data: { naam: 'Zorg voor senioren' },
    })
    await syncSearch(payload)
    expect((await doc(`aanbod:${fx.wzc.id}`))?.rubriekNamen).toContain('Zorg voor senioren')
    expect((await doc(`organisatie:${fx.vitaal.id}`))?.rubriekNamen).toContain('Zorg voor senioren')
    const found = await engine.search({ tekst: 'senioren zorg', types: ['aanbod'] })
    expect(found.hits.map((h) => h.document.id)).toContain(`aanbod:${fx.wzc.id}`)
  })

  it('a renamed zorgverlener reaches the praktijk where they work', async () => {
    await payload.update({
      collection: 'zorgverleners',
      id: fx.janssens.id,
      data: { achternaam: 'Janssen' },
      context: ctx,
    })
    await syncSearch(payload)
    expect((await doc(`praktijk:${fx.beweeg.id}`))?.zorgverlenerNamen).toEqual(['Jan Janssen'])
    expect((await doc(`aanbod:${fx.kineAanHuis.id}`))?.zorgverlenerNamen).toEqual(['Jan Janssen'])
  })

  it('a stopped organisatie leaves the index with its aanbod', async () => {
    const org = await payload.create({
      collection: 'organisaties',
      data: {
        naam: 'CAW Tijdelijk',
        status: 'actief',
        adressen: [{ straat: 'Kouter', huisnummer: '5', postcode: '9000' }],
      },
      context: ctx,
    })
    const aanbod = await payload.create({
      collection: 'aanbod',
      data: {
        naam: 'Onthaal',
        status: 'actief',
        organisatie: org.id,
        rubrieken: [fx.rubriek('82.02')],
      },
      context: ctx,
    })
    await syncSearch(payload)
    expect(await doc(`aanbod:${aanbod.id}`)).not.toBeNull()
    await payload.update({
      collection: 'organisaties',
      id: org.id,
      data: { status: 'stopgezet' },
      context: ctx,
    })
    await syncSearch(payload)
    expect(await doc(`organisatie:${org.id}`)).toBeNull()
    expect(await doc(`aanbod:${aanbod.id}`)).toBeNull()
  })

  it('a deleted aanbod leaves the index, and its parent no longer counts its rubriek', async () => {
    const aanbod = await payload.create({
      collection: 'aanbod',
      data: {
        naam: 'Tijdelijke dieetraadpleging',
        status: 'actief',
        praktijk: fx.beweeg.id,
        rubrieken: [fx.rubriek('81.03')],
      },
      context: ctx,
    })
    await syncSearch(payload)
    expect((await doc(`praktijk:${fx.beweeg.id}`))?.rubriekIds).toContain(fx.rubriek('81.03'))
    await payload.delete({ collection: 'aanbod', id: aanbod.id, context: ctx })
    await syncSearch(payload)
    expect(await doc(`aanbod:${aanbod.id}`)).toBeNull()
    expect((await doc(`praktijk:${fx.beweeg.id}`))?.rubriekIds).not.toContain(fx.rubriek('81.03'))
  })

  it('a change that fails records nothing: the job is queued in the same transaction', async () => {
    const before = await searchJobs()
    await expect(
      payload.update({
        collection: 'organisaties',
        id: fx.vitaal.id,
        data: { adressen: [{ straat: 'X', huisnummer: '1', postcode: '0000' }] },
        context: ctx,
      }),
    ).rejects.toThrow()
    expect(await searchJobs()).toBe(before)
  })
})

describe('what never reaches the index', () => {
  it('contacts, RIZIV data, accounts and who changed what are not in any document', async () => {
    const account = await payload.create({
      collection: 'users',
      data: {
        email: 'geheim.zv@test.be',
        password: 'x-geheim-123',
        naam: 'Geheim',
        roles: ['zorgverlener'],
      },
      depth: 0,
    })
    const zv = await payload.create({
      collection: 'zorgverleners',
      data: {
        voornaam: 'Pieter',
        achternaam: 'Vertrouwelijk',
        beroepen: ['logopedist'],
        status: 'actief',
        account: account.id,
        rizivNummer: '5-12345-67-890',
        adressen: [{ straat: 'Kouter', huisnummer: '7', postcode: '9000' }],
        telefoons: [{ nummer: '+3292345678' }],
        emails: [{ adres: 'pieter.prive@test.be' }],
      },
      context: ctx,
    })
    await syncSearch(payload)
    const stored = await doc(`zorgverlener:${zv.id}`)
    expect(stored?.naam).toBe('Pieter Vertrouwelijk')
    const json = JSON.stringify(stored)
    for (const secret of [
      'pieter.prive@test.be',
      '+3292345678',
      '12345',
      'geheim.zv@test.be',
      'laatstGewijzigdDoor',
      'account',
      'riziv',
    ]) {
      expect(json).not.toContain(secret)
    }
  })
})

describe('no update is lost', () => {
  it('when the engine fails, changes wait with their error and are applied once it is back', async () => {
    let calls = 0
    const down: SearchEngine = {
      ...engine,
      index: async () => {
        calls++
        throw new Error('zoekmachine onbereikbaar (ECONNREFUSED)')
      },
      remove: async () => {
        throw new Error('zoekmachine onbereikbaar (ECONNREFUSED)')
      },
    }
    await payload.update({
      collection: 'aanbod',
      id: fx.apotheek.id,
      data: { naam: 'Apotheek Kouter nachtdienst' },
      context: ctx,
    })
    const failed = await processSearchBatch(poolOf(payload), down)
    expect(failed).toMatchObject({ failed: true })
    expect(calls).toBe(1)
    const waiting = await status()
    expect(waiting.retrying).toBeGreaterThan(0)
    expect(waiting.lastError).toMatch(/ECONNREFUSED/)
    // Backing off: not due again at once, so a down engine is not hammered.
    expect((await processSearchBatch(poolOf(payload), down)).rows).toBe(0)
    expect((await doc(`aanbod:${fx.apotheek.id}`))?.naam).toBe('Apotheek Kouter wachtdienst')

    await makeDue()
    const drained = await drainSearchQueue(poolOf(payload), engine)
    expect(drained.failed).toBe(0)
    expect((await doc(`aanbod:${fx.apotheek.id}`))?.naam).toBe('Apotheek Kouter nachtdienst')
    expect(await pending()).toBe(0)
  })

  it('when the worker dies half-way through a batch, the batch is taken again and applied once', async () => {
    // A worker with its own connections, so killing its database session cannot disturb the app's pool.
    const own = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
    own.on('error', () => {})
    const workerPool: Pool = {
      query: (text, values) => own.query(text, values),
      connect: async () => {
        const client = await own.connect()
        client.on('error', () => {})
        return client
      },
    }
    await payload.update({
      collection: 'praktijken',
      id: fx.linde.id,
      data: { naam: 'Huisartsenpraktijk De Lindeboom' },
      context: ctx,
    })
    let indexedBeforeDeath = 0
    const dying: SearchEngine = {
      ...engine,
      index: async (documents) => {
        // Part of the batch reaches the engine, then the worker's process "dies": its session is killed.
        await engine.index(documents.slice(0, 1))
        indexedBeforeDeath += 1
        await poolOf(payload).query(
          // The session holding the batch's row locks (FOR UPDATE takes RowShareLock on the table).
          `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
           WHERE c.relname = 'queue_jobs' AND l.mode = 'RowShareLock' AND l.pid <> pg_backend_pid()`,
        )
        await new Promise((resolve) => setTimeout(resolve, 200))
      },
    }
    await expect(processSearchBatch(workerPool, dying)).rejects.toThrow()
    expect(indexedBeforeDeath).toBe(1)
    await own.end().catch(() => undefined)
    // Nothing was marked done, and no retry delay was set: the next worker takes it at once.
    expect(await pending()).toBeGreaterThan(0)
    const drained = await drainSearchQueue(poolOf(payload), engine)
    expect(drained.failed).toBe(0)
    expect((await doc(`praktijk:${fx.linde.id}`))?.naam).toBe('Huisartsenpraktijk De Lindeboom')
    expect((await doc(`aanbod:${fx.consult.id}`))?.parentNaam).toBe(
      'Huisartsenpraktijk De Lindeboom',
    )
    const { rows } = await poolOf(payload).query(
      `SELECT count(*)::int AS n FROM search_documents WHERE id = $1`,
      [`praktijk:${fx.linde.id}`],
    )
    expect(rows[0].n).toBe(1)
  })

  it('a reindex replays the changes applied while it was being built', async () => {
    let renamed = false
    const slowReindex: SearchEngine = {
      ...engine,
      reindex: async (batches, onProgress) => {
        const snapshot: (readonly SearchDocument[])[] = []
        for await (const batch of batches) snapshot.push(batch)
        // A change lands (and the worker applies it to the old index) after the rebuild read the data.
        await payload.update({
          collection: 'organisaties',
          id: fx.vitaal.id,
          data: { naam: 'Sportclub Vitaal Merelbeke' },
          context: ctx,
        })
        await drainSearchQueue(poolOf(payload), engine)
        renamed = true
        return engine.reindex(
          (async function* () {
            yield* snapshot
          })(),
          onProgress,
        )
      },
    }
    const result = await reindexAll(poolOf(payload), slowReindex)
    expect(renamed).toBe(true)
    expect(result.indexed).toBeGreaterThan(10)
    expect(result.replayed).toBeGreaterThan(0)
    // Right after the swap the new index holds the older name; the replayed row fixes it.
    expect((await doc(`organisatie:${fx.vitaal.id}`))?.naam).toBe('Sportclub Vitaal')
    await drainSearchQueue(poolOf(payload), engine)
    expect((await doc(`organisatie:${fx.vitaal.id}`))?.naam).toBe('Sportclub Vitaal Merelbeke')
  })

  it('a full reindex gives the same documents as the worker built one by one', async () => {
    await syncSearch(payload)
    const before = await poolOf(payload).query<{ id: string; document: SearchDocument }>(
      `SELECT id, document FROM search_documents ORDER BY id`,
    )
    const result = await reindexAll(poolOf(payload), engine)
    const after = await poolOf(payload).query<{ id: string; document: SearchDocument }>(
      `SELECT id, document FROM search_documents ORDER BY id`,
    )
    expect(result.indexed).toBe(after.rows.length)
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id))
    expect(after.rows.map((r) => ({ ...r.document, schedule: null }))).toEqual(
      before.rows.map((r) => ({ ...r.document, schedule: null })),
    )
    // Searches work on the swapped-in table, with its indexes.
    expect((await engine.search({ tekst: 'huisarts' })).total).toBeGreaterThan(0)
    const { rows } = await poolOf(payload).query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'search_documents' ORDER BY indexname`,
    )
    expect(rows.map((r) => r.indexname)).toEqual([
      'search_documents_facet_idx',
      'search_documents_locatie_idx',
      'search_documents_naam_idx',
      'search_documents_pkey',
      'search_documents_tekst_idx',
    ])
  })
})

afterAll(async () => {
  await resetSearch(payload)
})

describe('recent results kept in memory', () => {
  it('are dropped as soon as the index changes, in this process and, within a second, in others', async () => {
    // Other test files may have left their own Glimlach in the database (a reindex takes all): look at ours.
    const ons = `organisatie:${fx.tandarts.id}`
    const naam = async () =>
      (await engine.search({ tekst: 'glimlach' })).hits.find((h) => h.document.id === ons)?.document
        .naam
    expect(await naam()).toBe('Tandartsenpraktijk Glimlach')
    await payload.update({
      collection: 'organisaties',
      id: fx.tandarts.id,
      data: { naam: 'Tandartsenpraktijk Glimlach Brugge' },
      context: ctx,
    })
    await syncSearch(payload)
    expect(await naam()).toBe('Tandartsenpraktijk Glimlach Brugge')

    // Another process changed the index: this one learns it from the generation counter.
    await poolOf(payload).query(
      `UPDATE search_documents SET document = jsonb_set(document, '{naam}', '"Glimlach elders"') WHERE id = $1`,
      [`organisatie:${fx.tandarts.id}`],
    )
    // Until the counter moves, the kept result is served (this is what makes repeated searches fast).
    expect(await naam()).toBe('Tandartsenpraktijk Glimlach Brugge')
    await poolOf(payload).query('UPDATE search_state SET generation = generation + 1')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await naam()).toBe('Glimlach elders')
  })
})

describe('one reindex at a time', () => {
  it('a second reindex while one runs is refused, and the first completes', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const slow: SearchEngine = {
      ...engine,
      reindex: (batches, onProgress) =>
        engine.reindex(
          (async function* () {
            await held
            yield* batches
          })(),
          onProgress,
        ),
    }
    const first = reindexAll(poolOf(payload), slow)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await expect(reindexAll(poolOf(payload), engine)).rejects.toThrow(/al een herindexering/)
    release()
    expect((await first).indexed).toBeGreaterThan(10)
  })
})
