// One run of a queue: take a batch, hand it to the handler, record how it ended. The worker loop
// (worker.ts), tests and scripts all go through here.
//
// How a running job is kept from other workers (`hold`):
// - 'transaction': the jobs are claimed on one connection and run on that same connection, in a
//   transaction that holds their row locks and marks them done before it commits. Other claimers
//   pass over them (the row locks, and the claiming session still alive); when the process dies
//   its connection goes with it and the jobs are taken again at the next claim. A mail is marked
//   sent in the transaction that sent it; a search batch is marked done in the transaction that
//   applied it. For short work.
// - 'lease': the jobs are marked running until the queue's lease has passed, renewed while the
//   handler runs, and no transaction stays open; when the process dies the lease runs out and
//   another worker takes them. For long work (a download of thousands of fiches).
// Either way a job is marked done at most once, and is run again until it is done or given up on
// (at least once). A process that dies after the work but before the commit leaves a job that runs
// again: handlers are written so that this is harmless (documents rebuilt and upserted by id; a
// mail with a stable Message-ID; a download's file written under its token again).
import { claimJobs, extendLease, lockClaimed, markDone, markFailed } from './claim'
import {
  ConnectionLostError,
  errorText,
  inTransaction,
  transaction,
  withClient,
} from './connection'
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
  (
    | { hold?: 'transaction'; handler: TransactionHandler<P> }
    | { hold: 'lease'; handler: LeaseHandler<P> }
  )

export type RunResult = {
  /** Jobs taken in this run. */
  taken: number
  done: number
  /** Jobs whose run failed (they wait for a retry, or were given up on). */
  failed: number
  deadLettered: number
  error?: string
}

class LeaseLostError extends Error {
  constructor() {
    super('De taak werd intussen door een andere verwerker overgenomen.')
    this.name = 'LeaseLostError'
  }
}

const INTERRUPTED = 'Onderbroken: het proces stopte tijdens de uitvoering.'
const NOTHING: RunResult = { taken: 0, done: 0, failed: 0, deadLettered: 0 }

async function giveUpOrRetry<P>(
  tx: QueueClient,
  jobs: Job<P>[],
  error: string,
  settings: QueueSettings,
  onDeadLetter?: DeadLetterHook<P>,
): Promise<number> {
  const given = await markFailed(tx, jobs, error, settings)
  if (onDeadLetter) for (const job of given) await onDeadLetter(job, error, tx)
  return given.length
}

/**
 * What every run does with what it took: a job taken again after its process died on the last
 * attempt is given up on rather than run once more; the others go to `run`. A failed run is
 * recorded through `record`; a lost connection is not (the jobs stay as a dead process leaves them,
 * and the next claim takes them).
 */
async function handle<P>(
  claimed: Job<P>[],
  options: QueueHandlerOptions<P>,
  settings: QueueSettings,
  record: <T>(work: (tx: QueueClient) => Promise<T>) => Promise<T>,
  run: (jobs: Job<P>[]) => Promise<number>,
): Promise<RunResult> {
  if (claimed.length === 0) return NOTHING
  const spent = claimed.filter((job) => job.attempts > job.maxAttempts)
  const jobs = claimed.filter((job) => job.attempts <= job.maxAttempts)
  const result: RunResult = {
    taken: claimed.length,
    done: 0,
    failed: spent.length,
    deadLettered: 0,
  }
  if (spent.length) {
    result.deadLettered = await record((tx) =>
      giveUpOrRetry(tx, spent, INTERRUPTED, settings, options.onDeadLetter),
    )
    result.error = INTERRUPTED
  }
  if (jobs.length === 0) return result
  try {
    result.done = await run(jobs)
    return result
  } catch (error) {
    if (error instanceof ConnectionLostError) throw error.cause
    const message = errorText(error)
    result.deadLettered += await record((tx) =>
      giveUpOrRetry(tx, jobs, message, settings, options.onDeadLetter),
    )
    return { ...result, failed: result.failed + jobs.length, error: message }
  }
}

/** Claims on one connection and runs the jobs on it, in a transaction that holds their rows. */
async function runOnSession<P>(
  pool: QueuePool,
  options: QueueHandlerOptions<P> & { hold?: 'transaction' },
  settings: QueueSettings,
): Promise<RunResult> {
  const client = await pool.connect()
  let broken = false
  try {
    const claimed = await claimJobs<P>(
      client,
      options.queue,
      options.batchSize ?? 1,
      settings.leaseSeconds,
      true,
    )
    return await handle(
      claimed,
      options,
      settings,
      (work) => transaction(client, work),
      (jobs) =>
        transaction(client, async (tx) => {
          const held = await lockClaimed(tx, jobs)
          if (held.length === 0) return 0
          await options.handler(held, tx)
          return markDone(tx, held)
        }),
    )
  } catch (error) {
    broken = true
    throw error
  } finally {
    client.release(broken)
  }
}

/** Claims for the queue's lease and runs the jobs with no transaction open, renewing the lease meanwhile. */
async function runLeased<P>(
  pool: QueuePool,
  options: QueueHandlerOptions<P> & { hold: 'lease' },
  settings: QueueSettings,
): Promise<RunResult> {
  const { leaseSeconds } = settings
  const claimed = await withClient(pool, (client) =>
    claimJobs<P>(client, options.queue, options.batchSize ?? 1, leaseSeconds),
  )
  return handle(
    claimed,
    options,
    settings,
    (work) => inTransaction(pool, work),
    async (jobs) => {
      let completed = 0
      const renew = setInterval(
        () =>
          void withClient(pool, (client) => extendLease(client, jobs, leaseSeconds)).catch(
            () => undefined,
          ),
        Math.max(100, (leaseSeconds * 1000) / 3),
      )
      renew.unref()
      try {
        await options.handler(jobs, {
          complete: async (work) => {
            completed = await inTransaction(pool, async (tx) => {
              const held = await lockClaimed(tx, jobs)
              if (held.length < jobs.length) throw new LeaseLostError()
              await work(tx)
              return markDone(tx, held)
            })
          },
        })
      } finally {
        clearInterval(renew)
      }
      return completed || inTransaction(pool, (tx) => markDone(tx, jobs))
    },
  )
}

/** Takes one batch of due jobs of `options.queue` and runs it. Nothing due: `taken` is 0. */
export async function runQueueOnce<P>(
  pool: QueuePool,
  options: QueueHandlerOptions<P>,
): Promise<RunResult> {
  const settings = settingsOf(options.queue, options.settings)
  return options.hold === 'lease'
    ? runLeased(pool, options, settings)
    : runOnSession(pool, options, settings)
}

/**
 * Runs batches until nothing is due, a run fails or `limit` jobs were taken: what the worker does
 * over a few seconds, at once. For tests, scripts and catching up.
 */
export async function drainQueue<P>(
  pool: QueuePool,
  options: QueueHandlerOptions<P>,
  limit = 10_000,
): Promise<RunResult> {
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
