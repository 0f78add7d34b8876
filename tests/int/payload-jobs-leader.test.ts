import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  PAYLOAD_JOBS_LOCK,
  payloadJobsLeader,
  runsPayloadJobs,
  stopRunningPayloadJobs,
} from '@/content/jobs-leader'
import { poolOf } from '@/db/pool'
import type { Leader } from '@/queue/leader'
import { lexicalParagraphs } from '@/seed/lexical'

import { testPayload } from './helpers/payload'
import { buildWorld, type World } from './helpers/world'

let payload: Payload
let world: World
const inhoud = lexicalParagraphs('Gepland.')
const leaders: Leader[] = []
/** What another server process would have: its own leader on its own connection. */
const otherProcess = () => {
  const leader = payloadJobsLeader(payload)
  leaders.push(leader)
  return leader
}
const lockHolders = async () =>
  (
    await poolOf(payload).query(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = $1`,
      [PAYLOAD_JOBS_LOCK.toString()],
    )
  ).rows

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload, 'leider')
}, 120_000)

afterEach(async () => {
  await Promise.all(leaders.splice(0).map((leader) => leader.release()))
  await stopRunningPayloadJobs()
})

afterAll(async () => {
  await stopRunningPayloadJobs()
})

describe("Payload's jobs queue runs in one server process at a time", () => {
  it('only the first of two processes may run the jobs; the other takes over when it stops', async () => {
    const first = otherProcess()
    const second = otherProcess()
    expect(await first.holds()).toBe(true)
    expect(await second.holds()).toBe(false)
    // Asking again changes nothing: the leader stays the leader.
    expect(await first.holds()).toBe(true)
    expect(await second.holds()).toBe(false)
    expect(await lockHolders()).toHaveLength(1)
    await first.release()
    expect(await second.holds()).toBe(true)
    expect(await first.holds()).toBe(false)
  })

  it("when the leader's process dies (its connection ends), another one takes over", async () => {
    const first = otherProcess()
    const second = otherProcess()
    expect(await first.holds()).toBe(true)
    expect(await second.holds()).toBe(false)
    const [holder] = await lockHolders()
    await poolOf(payload).query('SELECT pg_terminate_backend($1)', [holder!.pid])
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await second.holds()).toBe(true)
    // The old leader finds out at its next poll and stands aside.
    expect(await first.holds()).toBe(false)
  })

  it("is what the config's jobs.shouldAutoRun asks: of two runners polling at once, only one runs the publish", async () => {
    const shouldAutoRun = payload.config.jobs.shouldAutoRun!
    const other = otherProcess()
    const slug = `leider-${Date.now().toString(36)}`
    const doc = await payload.create({
      collection: 'handleidingen',
      data: {
        titel: `Leider ${slug}`,
        slug,
        inhoud,
        doelpubliek: ['burger'],
        _status: 'draft',
      },
      draft: true,
      depth: 0,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(),
      input: {
        type: 'publish',
        doc: { relationTo: 'handleidingen', value: String(doc.id) },
        user: { relationTo: 'users', value: world.actors.redacteur.id },
      },
      // eslint-disable-next-line no-restricted-syntax -- as the admin's drawer does: the id as text, which Payload's generated input type does not allow.
    } as never)
    // What each process's cron does every 10 seconds (payload/dist/index.js _initializeCrons).
    let runs = 0
    const tick = async (mayRun: () => Promise<boolean>) => {
      if (!(await mayRun())) return
      runs++
      await payload.jobs.run({ queue: 'default' })
    }
    await Promise.all([
      tick(() => Promise.resolve(shouldAutoRun(payload))),
      tick(() => other.holds()),
    ])
    expect(runs).toBe(1)
    // Whichever came first, it is the only one.
    expect([await runsPayloadJobs(payload), await other.holds()].sort()).toEqual([false, true])
    expect(
      (await payload.findByID({ collection: 'handleidingen', id: doc.id, depth: 0 }))._status,
    ).toBe('published')
  })
})
