import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { aanbodOf, readPublicFiche } from '@/fiches/read'

import { makeFactories } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
const ctx = { systemWrite: true }

/** Counts the SQL statements Payload sends to its pool while `run` reads. */
async function telQueries(run: () => Promise<unknown>): Promise<number> {
  const query = vi.spyOn(payload.db.pool, 'query')
  try {
    await run()
    return query.mock.calls.length
  } finally {
    query.mockRestore()
  }
}

async function praktijkMet(zorgverleners: number) {
  const f = makeFactories(world)
  const praktijk = await f.praktijk('antwerpen')
  for (let i = 0; i < zorgverleners; i++) {
    const zv = await f.zorgverlener('antwerpen')
    await payload.create({
      collection: 'aanbod',
      data: {
        naam: `Consultatie ${i}`,
        praktijk: praktijk.id,
        zorgverlener: zv.id,
        rubrieken: [world.rubriek],
        status: 'actief',
      },
      context: ctx,
      depth: 0,
    })
  }
  return praktijk
}

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload, 'fichequeries')
}, 240_000)

describe('a praktijk page reads what it shows in a fixed number of queries', () => {
  it('the same number for 3 and for 40 zorgverleners: no query per person or per aanbod', async () => {
    const klein = await praktijkMet(3)
    const groot = await praktijkMet(40)
    const lees = async (praktijk: { id: number; naam: string }) => {
      await readPublicFiche(payload, 'praktijk', praktijk.id)
      const aanbod = await aanbodOf(payload, 'praktijk', praktijk.id)
      return aanbod
    }
    // Warm up once: the first read in a process loads Payload's own metadata.
    await lees(klein)
    const kleinAantal = await telQueries(() => lees(klein))
    const grootAantal = await telQueries(async () => {
      const aanbod = await lees(groot)
      expect(aanbod).toHaveLength(40)
      expect(new Set(aanbod.map((a) => (a.zorgverlener as { id: number }).id)).size).toBe(40)
    })
    expect(grootAantal).toBe(kleinAantal)
    expect(kleinAantal).toBeGreaterThan(0)
    expect(kleinAantal).toBeLessThan(15)
  })
})
