// Taking jobs and recording how their run ended. Every statement after the claim names the job by
// id and by the attempt it was taken for: a worker that lost its job (another worker took it over)
// can no longer change it.
import { retryDelaySeconds } from './backoff'
import type { QueueSettings } from './settings'
import { type Job, jobOf, type JobRow, type QueueClient } from './types'

const COLUMNS = 'j.id, j.queue, j.payload, j.attempts, j.max_attempts, j.unique_key, j.created_at'

// Due waiting jobs, and running jobs left by a dead process: their lease has passed, or the
// database session that took them has ended (a process that dies takes its connections with it).
// SKIP LOCKED passes over rows another worker holds: a job a live worker runs in a transaction is
// never taken, whatever its lease says. The attempt is counted here, when the job is taken, so a job
// that kills its process every time also runs out of attempts.
const CLAIM = `
  WITH picked AS (
    SELECT id FROM queue_jobs q
    WHERE queue = $1 AND (
      (status = 'waiting' AND available_at <= clock_timestamp())
      OR (status = 'running' AND (locked_until <= clock_timestamp()
        OR (locked_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = q.locked_by)))))
    ORDER BY id LIMIT $2
    FOR UPDATE SKIP LOCKED)
  UPDATE queue_jobs j SET status = 'running', attempts = j.attempts + 1, started_at = clock_timestamp(),
    locked_until = clock_timestamp() + make_interval(secs => $3),
    locked_by = CASE WHEN $4::boolean THEN pg_backend_pid() END, finished_at = NULL
  FROM picked WHERE j.id = picked.id
  RETURNING ${COLUMNS}`

/**
 * Takes up to `limit` jobs of `queue` (committed at once) for `leaseSeconds`. With `bySession` the
 * jobs are also this connection's while it lives: the caller runs them on this same connection.
 */
export async function claimJobs<P>(
  client: QueueClient,
  queue: string,
  limit: number,
  leaseSeconds: number,
  bySession = false,
): Promise<Job<P>[]> {
  const { rows } = await client.query<JobRow>(CLAIM, [queue, limit, leaseSeconds, bySession])
  return rows.map((row) => jobOf<P>(row)).sort((a, b) => a.id - b.id)
}

const ids = (jobs: readonly Job<unknown>[]) => [
  jobs.map((job) => job.id),
  jobs.map((job) => job.attempts),
]
const MINE = `(id, attempts) IN (SELECT * FROM unnest($1::bigint[], $2::int[])) AND status = 'running'`

/** Locks the claimed jobs that are still this worker's, inside the caller's transaction. */
export async function lockClaimed<P>(tx: QueueClient, jobs: readonly Job<P>[]): Promise<Job<P>[]> {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT id FROM queue_jobs WHERE ${MINE} FOR UPDATE`,
    ids(jobs),
  )
  const held = new Set(rows.map((row) => Number(row.id)))
  return jobs.filter((job) => held.has(job.id))
}

export async function markDone(tx: QueueClient, jobs: readonly Job<unknown>[]): Promise<number> {
  const { rowCount } = await tx.query(
    `UPDATE queue_jobs SET status = 'done', finished_at = clock_timestamp(), locked_until = NULL, locked_by = NULL, last_error = NULL WHERE ${MINE}`,
    ids(jobs),
  )
  return rowCount ?? 0
}

/**
 * A failed run: the job waits for its backoff, or, when it has had all its attempts, is kept as
 * 'failed' (the dead letter) until an admin retries it. Returns the jobs given up on.
 */
export async function markFailed<P>(
  tx: QueueClient,
  jobs: readonly Job<P>[],
  error: string,
  settings: QueueSettings,
): Promise<Job<P>[]> {
  const delays = jobs.map((job) => retryDelaySeconds(job.attempts, settings.backoff))
  const { rows } = await tx.query<{ id: string; status: string }>(
    `UPDATE queue_jobs j SET
       status = CASE WHEN j.attempts >= j.max_attempts THEN 'failed' ELSE 'waiting' END,
       finished_at = CASE WHEN j.attempts >= j.max_attempts THEN clock_timestamp() END,
       available_at = clock_timestamp() + make_interval(secs => f.delay),
       locked_until = NULL, locked_by = NULL, last_error = $4
     FROM unnest($1::bigint[], $2::int[], $3::float8[]) AS f(id, attempts, delay)
     WHERE j.id = f.id AND j.attempts = f.attempts AND j.status = 'running'
     RETURNING j.id, j.status`,
    [...ids(jobs), delays, error],
  )
  const given = new Set(rows.filter((row) => row.status === 'failed').map((row) => Number(row.id)))
  return jobs.filter((job) => given.has(job.id))
}

/** Keeps a leased job this worker's for another `leaseSeconds`. */
export async function extendLease(
  client: QueueClient,
  jobs: readonly Job<unknown>[],
  leaseSeconds: number,
): Promise<number> {
  const { rowCount } = await client.query(
    `UPDATE queue_jobs SET locked_until = clock_timestamp() + make_interval(secs => $3) WHERE ${MINE}`,
    [...ids(jobs), leaseSeconds],
  )
  return rowCount ?? 0
}
