// One run of a queue: take a batch, hand it to the handler, record how it ended. The worker loop
// (worker.ts), tests and scripts all go through here.
//
// How a running job is kept from other workers (`hold`):
// - 'transaction': the handler runs inside a transaction that holds the jobs' row locks and marks
//   them done before it commits. A live worker's jobs are passed over by other claimers (SKIP
//   LOCKED); when its process dies the locks go with its connection and the jobs are taken again
//   at the next claim. A mail is marked sent in the transaction that sent it; a search batch is
//   marked done in the transaction that applied it. For short work.
// - 'lease': the jobs are marked running until the queue's lease has passed, renewed while the
//   handler runs, and no transaction stays open; when the process dies the lease runs out and
//   another worker takes them. For long work (a download of thousands of fiches).
// Either way a job runs to completion at least once and is marked done at most once. A process that
// dies after the work but before the commit leaves a job that runs again: handlers are written so
// that this is harmless (documents rebuilt and upserted by id; a mail with a stable Message-ID).
import { claimJobs, extendLease, lockClaimed, markDone, markFailed } from './claim'
import { ConnectionLostError, errorText, inTransaction, withClient } from './connection'
import { type QueueSettings, settingsOf } from './settings'
import type { Job, QueueClient, QueuePool } from './types'

export type TransactionHandler<P> = (jobs: Job<P>[], tx: QueueClient) => Promise<void>

export type LeaseContext = {
  /**
   * Runs `work` in a transaction that also marks the jobs done, only if they are still this
   * worker's: what must happen once (the record "klaar", the mail announcing it) goes here.
   */
  complete: (work: (tx: QueueClient) => Promise<void>) => Promise<void>
}
export type LeaseHandler<P> = (jobs: Job<P>[], context: LeaseContext) => Promise<void>

/** Runs in the transaction that gives a job up: what the job's owner must see ("mislukt"). */
export type DeadLetterHook<P> = (job: Job<P>, error: string, tx: QueueClient) => Promise<void>

type Common<P> = {
  queue: string
  /** Jobs handed to the handler at once (default 1). */
  batchSize?: number
  /** Overrides of the queue's settings (src/queue/settings.ts); tests use them. */
  settings?: Partial<QueueSettings>
  onDeadLetter?: DeadLetterHook<P>
}

export type QueueHandlerOptions<P> = Common<P> &
  ({ hold?: 'transaction'; handler: TransactionHandler<P> } | { hold: 'lease'; handler: LeaseHandler<P> })

export type RunResult = {
  /** Jobs taken in this run. */
  taken: number
  done: number
  /** Jobs whose run failed (they wait for a retry, or were given up on). */
  failed: number
  deadLettered: number
  error?: string
}

export class LeaseLostError extends Error {
  constructor() {
    super('De taak werd intussen door een andere verwerker overgenomen.')
    this.name = 'LeaseLostError'
  }
}

const INTERRUPTED = 'Onderbroken: het proces stopte tijdens de uitvoering.'

async function giveUpOrRetry<P>(pool: QueuePool, jobs: Job<P>[], error: string, settings: QueueSettings, onDeadLetter?: DeadLetterHook<P>): Promise<number> {
  return inTransaction(pool, async (tx) => {
    const given = await markFailed(tx, jobs, error, settings)
    if (onDeadLetter) for (const job of given) await onDeadLetter(job, error, tx)
    return given.length
  })
}

async function runHoldingLocks<P>(pool: QueuePool, jobs: Job<P>[], handler: TransactionHandler<P>): Promise<number> {
  return inTransaction(pool, async (tx) => {
    // Jobs another worker took over in the moment since the claim are its now.
    const held = await lockClaimed(tx, jobs, true)
    if (held.length === 0) return 0
    await handler(held, tx)
    await markDone(tx, held)
    return held.length
  })
}

async function runLeased<P>(pool: QueuePool, jobs: Job<P>[], handler: LeaseHandler<P>, leaseSeconds: number): Promise<number> {
  let completed = false
  const renew = setInterval(() => void withClient(pool, (client) => extendLease(client, jobs, leaseSeconds)).catch(() => undefined), Math.max(1000, (leaseSeconds * 1000) / 3))
  renew.unref()
  try {
    await handler(jobs, {
      complete: async (work) => {
        await inTransaction(pool, async (tx) => {
          const held = await lockClaimed(tx, jobs, false)
          if (held.length < jobs.length) throw new LeaseLostError()
          await work(tx)
          await markDone(tx, held)
        })
        completed = true
      },
    })
  } finally {
    clearInterval(renew)
  }
  if (completed) return jobs.length
  return inTransaction(pool, (tx) => markDone(tx, jobs))
}

/** Takes one batch of due jobs of `options.queue` and runs it. Nothing due: `taken` is 0. */
export async function runQueueOnce<P>(pool: QueuePool, options: QueueHandlerOptions<P>): Promise<RunResult> {
  const settings = settingsOf(options.queue, options.settings)
  const leaseSeconds = options.hold === 'lease' ? settings.leaseSeconds : 0
  const claimed = await withClient(pool, (client) => claimJobs<P>(client, options.queue, options.batchSize ?? 1, leaseSeconds))
  if (claimed.length === 0) return { taken: 0, done: 0, failed: 0, deadLettered: 0 }

  // A job taken again after its process died on the last attempt is not run once more.
  const spent = claimed.filter((job) => job.attempts > job.maxAttempts)
  const jobs = claimed.filter((job) => job.attempts <= job.maxAttempts)
  let deadLettered = spent.length ? await giveUpOrRetry(pool, spent, INTERRUPTED, settings, options.onDeadLetter) : 0
  const result = { taken: claimed.length, deadLettered, failed: spent.length, error: spent.length ? INTERRUPTED : undefined }
  if (jobs.length === 0) return { ...result, done: 0 }

  try {
    const done = options.hold === 'lease' ? await runLeased(pool, jobs, options.handler, leaseSeconds) : await runHoldingLocks(pool, jobs, options.handler)
    return { ...result, done }
  } catch (error) {
    // The connection died with the transaction: the jobs stay as a dead process leaves them, and the next claim takes them.
    if (error instanceof ConnectionLostError) throw error.cause
    const message = errorText(error)
    deadLettered += await giveUpOrRetry(pool, jobs, message, settings, options.onDeadLetter)
    return { taken: claimed.length, done: 0, failed: result.failed + jobs.length, deadLettered, error: message }
  }
}

/**
 * Runs batches until nothing is due, a run fails or `limit` jobs were taken: what the worker does
 * over a few seconds, at once. For tests, scripts and catching up.
 */
export async function drainQueue<P>(pool: QueuePool, options: QueueHandlerOptions<P>, limit = 10_000): Promise<RunResult> {
  const total: RunResult = { taken: 0, done: 0, failed: 0, deadLettered: 0 }
  while (total.taken < limit) {
    const result = await runQueueOnce(pool, options)
    total.taken += result.taken
    total.done += result.done
    total.failed += result.failed
    total.deadLettered += result.deadLettered
    if (result.error) total.error = result.error
    if (result.taken === 0 || result.failed > 0) break
  }
  return total
}
