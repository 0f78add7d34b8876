import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { claimJobs } from '@/queue/claim'
import { enqueue, enqueueWithClient } from '@/queue/enqueue'
import { pruneQueue, retryFailed } from '@/queue/maintenance'
import { drainQueue, runQueueOnce, type QueueHandlerOptions } from '@/queue/run'
import { settingsOf } from '@/queue/settings'
import { queueStatus, queueStatusOf } from '@/queue/status'
import type { Job, QueuePool } from '@/queue/types'

import { testPayload } from './helpers/payload'

let payload: Payload
let pool: QueuePool
const tag = Date.now().toString(36)
let counter = 0
/** A queue of its own for each test: nothing else takes its jobs. */
const freshQueue = (name: string) => `test-${name}-${tag}-${++counter}`
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Row = {
  status: string
  attempts: number
  last_error: string | null
  wait: number
  finished_at: Date | null
  locked_until: Date | null
}
const rowOf = async (id: number): Promise<Row> =>
  (
    await pool.query<Row>(
      `SELECT status, attempts, last_error, finished_at, locked_until, extract(epoch FROM available_at - clock_timestamp())::float8 AS wait FROM queue_jobs WHERE id = $1`,
      [id],
    )
  ).rows[0]
const makeDue = (queue: string) =>
  pool.query(
    `UPDATE queue_jobs SET available_at = clock_timestamp() WHERE queue = $1 AND status = 'waiting'`,
    [queue],
  )
const enqueueN = async (queue: string, n: number, options = {}) => {
  const ids: number[] = []
  for (let i = 0; i < n; i++) ids.push((await enqueueWithClient(pool, queue, { n: i }, options))!)
  return ids
}

beforeAll(async () => {
  payload = await testPayload()
  pool = poolOf(payload)
})

afterAll(async () => {
  await pool.query(`DELETE FROM queue_jobs WHERE queue LIKE $1`, [`test-%-${tag}-%`])
})

describe('queueing', () => {
  it("a job queued in a change's transaction exists only when the change commits", async () => {
    const queue = freshQueue('tx')
    for (const commit of [false, true]) {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await enqueue(req, queue, { commit })
      if (commit) await commitTransaction(req)
      else await killTransaction(req)
    }
    const { rows } = await pool.query<{ payload: { commit: boolean } }>(
      `SELECT payload FROM queue_jobs WHERE queue = $1`,
      [queue],
    )
    expect(rows.map((row) => row.payload)).toEqual([{ commit: true }])
  })

  it('queues a job with a unique key once, also when several processes ask at the same moment', async () => {
    const queue = freshQueue('unique')
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()])
    try {
      for (const client of clients) await client.query('BEGIN')
      // The second and third wait for the first transaction, then find the key taken.
      const asked = Promise.all(
        clients.map((client) =>
          enqueueWithClient(client, queue, {}, { uniqueKey: 'opruimen:2026-12-02T10:05' }),
        ),
      )
      await wait(100)
      for (const client of clients) await client.query('COMMIT')
      const ids = await asked
      expect(ids.filter((id) => id !== null)).toHaveLength(1)
    } finally {
      for (const client of clients) client.release()
    }
    expect(
      await enqueueWithClient(pool, queue, {}, { uniqueKey: 'opruimen:2026-12-02T10:05' }),
    ).toBeNull()
    expect(
      await enqueueWithClient(pool, queue, {}, { uniqueKey: 'opruimen:2026-12-02T10:06' }),
    ).not.toBeNull()
    expect((await queueStatusOf(pool, queue)).waiting).toBe(2)
  })
})

describe('claiming', () => {
  it('never gives one job to two claimers, however many claim at once', async () => {
    const queue = freshQueue('claim')
    const ids = await enqueueN(queue, 60)
    const claimers = Array.from({ length: 6 }, async () => {
      const client = await pool.connect()
      try {
        const got: number[] = []
        for (;;) {
          const jobs = await claimJobs(client, queue, 4, 60)
          if (jobs.length === 0) return got
          got.push(...jobs.map((job) => job.id))
        }
      } finally {
        client.release()
      }
    })
    const got = (await Promise.all(claimers)).flat()
    expect(got).toHaveLength(60)
    expect(new Set(got)).toEqual(new Set(ids))
  })

  it('runs every job once when several workers drain the same queue', async () => {
    const queue = freshQueue('workers')
    await enqueueN(queue, 40)
    const ran: number[] = []
    const options: QueueHandlerOptions<unknown> = {
      queue,
      batchSize: 3,
      handler: async (jobs) => {
        await wait(5)
        ran.push(...jobs.map((job) => job.id))
      },
    }
    const results = await Promise.all([
      drainQueue(pool, options),
      drainQueue(pool, options),
      drainQueue(pool, options),
      drainQueue(pool, options),
    ])
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(40)
    expect(ran).toHaveLength(40)
    expect(new Set(ran).size).toBe(40)
    expect(await queueStatusOf(pool, queue)).toMatchObject({ waiting: 0, running: 0, failed: 0 })
    // Each job was taken once: no worker took over another's between its claim and its run.
    const { rows } = await pool.query<{ attempts: number }>(
      `SELECT DISTINCT attempts FROM queue_jobs WHERE queue = $1`,
      [queue],
    )
    expect(rows).toEqual([{ attempts: 1 }])
  })
})

describe('a failing job', () => {
  const failing = (
    queue: string,
    calls: Job<unknown>[] = [],
    dead: string[] = [],
  ): QueueHandlerOptions<unknown> => ({
    queue,
    settings: { backoff: { baseSeconds: 10, capSeconds: 25 } },
    handler: async (jobs) => {
      calls.push(...jobs)
      throw new Error('SMTP-server weg (ECONNREFUSED)')
    },
    onDeadLetter: async (job, error, tx) => {
      // Runs in the transaction that gives the job up: the job is already 'failed' there.
      const { rows } = await tx.query<{ status: string }>(
        'SELECT status FROM queue_jobs WHERE id = $1',
        [job.id],
      )
      dead.push(`${job.id}:${rows[0]?.status}:${error}`)
    },
  })

  it('waits base, 2 x base, 4 x base ... seconds, at most the cap, keeping its error', async () => {
    const queue = freshQueue('backoff')
    const [id] = await enqueueN(queue, 1, { maxAttempts: 10 })
    const waits: number[] = []
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await runQueueOnce(pool, failing(queue))
      expect(result).toMatchObject({
        taken: 1,
        done: 0,
        failed: 1,
        error: 'SMTP-server weg (ECONNREFUSED)',
      })
      const row = await rowOf(id)
      expect(row).toMatchObject({
        status: 'waiting',
        attempts: attempt,
        last_error: 'SMTP-server weg (ECONNREFUSED)',
      })
      waits.push(Math.round(row.wait))
      // Not due during its backoff: nothing is taken.
      expect((await runQueueOnce(pool, failing(queue))).taken).toBe(0)
      await makeDue(queue)
    }
    expect(waits).toEqual([10, 20, 25, 25])
  })

  it('is given up on after its attempts: kept as failed with its last error, and not run again', async () => {
    const queue = freshQueue('dead')
    const [id] = await enqueueN(queue, 1, { maxAttempts: 3 })
    const calls: Job<unknown>[] = []
    const dead: string[] = []
    for (let i = 0; i < 3; i++) {
      await runQueueOnce(pool, failing(queue, calls, dead))
      await makeDue(queue)
    }
    const row = await rowOf(id)
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'SMTP-server weg (ECONNREFUSED)',
    })
    expect(row.finished_at).not.toBeNull()
    expect(dead).toEqual([`${id}:failed:SMTP-server weg (ECONNREFUSED)`])
    expect((await runQueueOnce(pool, failing(queue, calls, dead))).taken).toBe(0)
    expect(calls).toHaveLength(3)
    expect(await queueStatusOf(pool, queue)).toMatchObject({
      waiting: 0,
      failed: 1,
      lastError: 'SMTP-server weg (ECONNREFUSED)',
    })

    // An admin's retry gives it all its attempts again.
    expect(await retryFailed(pool, queue)).toBe(1)
    expect(await rowOf(id)).toMatchObject({ status: 'waiting', attempts: 0 })
    const done = await runQueueOnce(pool, { queue, handler: async () => undefined })
    expect(done).toMatchObject({ taken: 1, done: 1 })
    expect(await rowOf(id)).toMatchObject({ status: 'done', last_error: null })
  })

  it("rolls back what the handler wrote in the job's transaction", async () => {
    const queue = freshQueue('rollback')
    await enqueueN(queue, 1)
    await runQueueOnce(pool, {
      queue,
      handler: async (_jobs, tx) => {
        await enqueueWithClient(tx, queue, { follow: 'up' })
        throw new Error('half-way')
      },
    })
    const { rows } = await pool.query(`SELECT payload FROM queue_jobs WHERE queue = $1`, [queue])
    expect(rows).toHaveLength(1)
  })
})

describe('a job whose process died', () => {
  // What a worker leaves behind when its process is killed after taking a job on a lease.
  const abandon = async (queue: string, lease: string) => {
    const [id] = await enqueueN(queue, 1, { maxAttempts: 3 })
    await pool.query(
      `UPDATE queue_jobs SET status = 'running', attempts = 1, started_at = clock_timestamp(), locked_until = clock_timestamp() + $2::interval WHERE id = $1`,
      [id, lease],
    )
    return id
  }
  const sessionGone = async (pid: number) => {
    for (let i = 0; i < 50; i++) {
      const { rows } = await pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])
      if (rows.length === 0) return
      await wait(50)
    }
    throw new Error(`sessie ${pid} bleef bestaan`)
  }

  it('run in a transaction, is taken again as soon as the session that took it is gone', async () => {
    const queue = freshQueue('stale-tx')
    const [id] = await enqueueN(queue, 1)
    const ran: number[] = []
    const options: QueueHandlerOptions<unknown> = {
      queue,
      handler: async (jobs) => void ran.push(...jobs.map((job) => job.attempts)),
    }
    // A worker takes the job (its lease an hour long) and is about to run it on the same connection.
    const worker = await pool.connect()
    const pid = Number(
      (await worker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid,
    )
    expect(await claimJobs(worker, queue, 1, 3600, true)).toHaveLength(1)
    // While that session lives, nobody else takes it.
    expect((await runQueueOnce(pool, options)).taken).toBe(0)
    // Its process dies: the connection closes with it, and the next run takes the job at once.
    worker.release(true)
    await sessionGone(pid)
    expect(await runQueueOnce(pool, options)).toMatchObject({ taken: 1, done: 1 })
    expect(ran).toEqual([2])
    expect(await rowOf(id)).toMatchObject({ status: 'done', attempts: 2 })
  })

  it('is not taken while a live worker holds its row, even when its lease has passed', async () => {
    const queue = freshQueue('held')
    const id = await abandon(queue, '0 seconds')
    const live = await pool.connect()
    await live.query('BEGIN')
    await live.query('SELECT id FROM queue_jobs WHERE id = $1 FOR UPDATE', [id])
    const options: QueueHandlerOptions<unknown> = { queue, handler: async () => undefined }
    expect((await runQueueOnce(pool, options)).taken).toBe(0)
    await live.query('ROLLBACK')
    live.release()
    expect(await runQueueOnce(pool, options)).toMatchObject({ taken: 1, done: 1 })
  })

  it('held by a lease, is taken again when the lease has run out', async () => {
    const queue = freshQueue('stale-lease')
    const id = await abandon(queue, '1 second')
    const options: QueueHandlerOptions<unknown> = {
      queue,
      hold: 'lease',
      settings: { leaseSeconds: 1 },
      handler: async () => undefined,
    }
    expect((await runQueueOnce(pool, options)).taken).toBe(0)
    await wait(1100)
    expect(await runQueueOnce(pool, options)).toMatchObject({ taken: 1, done: 1 })
    expect(await rowOf(id)).toMatchObject({ status: 'done', attempts: 2 })
  })

  it('on its last attempt, is given up on instead of run once more', async () => {
    const queue = freshQueue('stale-last')
    const id = await abandon(queue, '0 seconds')
    await pool.query(`UPDATE queue_jobs SET attempts = max_attempts WHERE id = $1`, [id])
    let ran = 0
    const result = await runQueueOnce(pool, { queue, handler: async () => void ran++ })
    expect(result).toMatchObject({ taken: 1, done: 0, deadLettered: 1 })
    expect(ran).toBe(0)
    expect((await rowOf(id)).status).toBe('failed')
    expect((await rowOf(id)).last_error).toMatch(/Onderbroken/)
  })

  it('a long job keeps its lease while it runs, so no other worker takes it', async () => {
    const queue = freshQueue('heartbeat')
    const [id] = await enqueueN(queue, 1)
    let runs = 0
    const options: QueueHandlerOptions<unknown> = {
      queue,
      hold: 'lease',
      settings: { leaseSeconds: 1 },
      handler: async () => {
        runs++
        await wait(2500)
      },
    }
    const first = runQueueOnce(pool, options)
    await wait(1500)
    expect((await runQueueOnce(pool, options)).taken).toBe(0)
    expect(await first).toMatchObject({ taken: 1, done: 1 })
    expect(runs).toBe(1)
    expect(await rowOf(id)).toMatchObject({ status: 'done', attempts: 1 })
  })
})

describe('housekeeping', () => {
  it('forgets done jobs after the queue keeps them, failed ones later, and never what still waits', async () => {
    const queue = freshQueue('prune')
    const [recent, old, oldFailed, veryOldFailed, waiting] = await enqueueN(queue, 5)
    const finish = (id: number, status: string, daysAgo: number) =>
      pool.query(
        `UPDATE queue_jobs SET status = $2, finished_at = now() - make_interval(days => $3) WHERE id = $1`,
        [id, status, daysAgo],
      )
    await finish(recent, 'done', 0)
    await finish(old, 'done', 2)
    await finish(oldFailed, 'failed', 2)
    await finish(veryOldFailed, 'failed', 31)
    expect(
      await pruneQueue(pool, queue, settingsOf(queue, { keepDoneDays: 1, keepFailedDays: 30 })),
    ).toBe(2)
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM queue_jobs WHERE queue = $1 ORDER BY id`,
      [queue],
    )
    expect(rows.map((row) => Number(row.id))).toEqual([recent, oldFailed, waiting])
  })

  it('reports per queue what waits, runs and failed, how long the oldest waits and the last error', async () => {
    const queue = freshQueue('status')
    const [a, b, c] = await enqueueN(queue, 4)
    await pool.query(
      `UPDATE queue_jobs SET created_at = now() - interval '90 seconds' WHERE id = $1`,
      [a],
    )
    await pool.query(
      `UPDATE queue_jobs SET status = 'running', locked_until = now() WHERE id = $1`,
      [b],
    )
    await pool.query(
      `UPDATE queue_jobs SET status = 'failed', last_error = 'kapot', finished_at = now() WHERE id = $1`,
      [c],
    )
    const report = (await queueStatus(pool)).find((r) => r.queue === queue)
    expect(report).toMatchObject({
      waiting: 2,
      running: 1,
      failed: 1,
      retrying: 0,
      lastError: 'kapot',
    })
    expect(report!.oldestWaitingSeconds).toBeGreaterThanOrEqual(90)
    expect(report!.oldestWaitingSeconds).toBeLessThan(120)
    // The known queues are always listed, with their Dutch names, also when empty.
    const known = (await queueStatus(pool)).slice(0, 3)
    expect(known.map((r) => [r.queue, r.label])).toEqual([
      ['mail', 'Mail'],
      ['search', "Zoekindex en pagina's"],
      ['download', 'Downloads'],
    ])
  })
})
