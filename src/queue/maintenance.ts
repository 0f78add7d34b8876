// What is done to jobs outside a run: forgetting old ones, an admin's retry, a reindex's replay.
import { type QueueSettings, settingsOf } from './settings'
import type { QueueClient } from './types'

/** Forgets finished jobs after the queue's retention: done ones sooner, failed ones later. */
export async function pruneQueue(
  db: QueueClient,
  queue: string,
  settings: QueueSettings = settingsOf(queue),
): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM queue_jobs WHERE queue = $1 AND (
       (status = 'done' AND finished_at < clock_timestamp() - make_interval(days => $2))
       OR (status = 'failed' AND finished_at < clock_timestamp() - make_interval(days => $3)))`,
    [queue, settings.keepDoneDays, settings.keepFailedDays],
  )
  return rowCount ?? 0
}

/** Puts jobs that were given up on back in the queue with all their attempts (one job with `id`). */
export async function retryFailed(db: QueueClient, queue: string, id?: number): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE queue_jobs SET status = 'waiting', attempts = 0, available_at = clock_timestamp(), finished_at = NULL, locked_until = NULL
     WHERE queue = $1 AND status = 'failed' AND ($2::bigint IS NULL OR id = $2)`,
    [queue, id ?? null],
  )
  return rowCount ?? 0
}

/** Runs again every job of `queue` recorded since `since` that already ran (or was given up on). */
export async function requeueSince(db: QueueClient, queue: string, since: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE queue_jobs SET status = 'waiting', attempts = 0, available_at = clock_timestamp(), finished_at = NULL, locked_until = NULL
     WHERE queue = $1 AND created_at >= $2 AND status IN ('done', 'failed')`,
    [queue, since],
  )
  return rowCount ?? 0
}
