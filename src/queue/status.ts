// How each queue is doing, for the admin's overview, health checks and tests.
import { QUEUE_NAMES, settingsOf } from './settings'
import type { QueueClient } from './types'

export type QueueReport = {
  queue: string
  label: string
  waiting: number
  running: number
  failed: number
  /** Waiting after a failed run (in their backoff). */
  retrying: number
  oldestWaitingSeconds: number | null
  /** The most recent error of a job not done. */
  lastError: string | null
}

type Row = {
  queue: string
  waiting: number
  running: number
  failed: number
  retrying: number
  oldest: number | null
  last_error: string | null
}

const STATUS = `
  SELECT queue,
    count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
    count(*) FILTER (WHERE status = 'running')::int AS running,
    count(*) FILTER (WHERE status = 'failed')::int AS failed,
    count(*) FILTER (WHERE status = 'waiting' AND attempts > 0)::int AS retrying,
    extract(epoch FROM clock_timestamp() - min(created_at) FILTER (WHERE status = 'waiting'))::float8 AS oldest,
    (array_agg(last_error ORDER BY id DESC) FILTER (WHERE last_error IS NOT NULL))[1] AS last_error
  FROM queue_jobs WHERE status IN ('waiting', 'running', 'failed') AND ($1::text IS NULL OR queue = $1)
  GROUP BY queue`

const reportOf = (queue: string, row?: Row): QueueReport => ({
  queue,
  label: settingsOf(queue).label,
  waiting: row?.waiting ?? 0,
  running: row?.running ?? 0,
  failed: row?.failed ?? 0,
  retrying: row?.retrying ?? 0,
  oldestWaitingSeconds:
    row?.oldest === null || row?.oldest === undefined
      ? null
      : Math.max(0, Math.round(Number(row.oldest))),
  lastError: row?.last_error ?? null,
})

/** Every known queue (also when empty), then any other queue that has unfinished jobs. */
export async function queueStatus(db: QueueClient): Promise<QueueReport[]> {
  const { rows } = await db.query<Row>(STATUS, [null])
  const byQueue = new Map(rows.map((row) => [row.queue, row]))
  const others = rows
    .map((row) => row.queue)
    .filter((queue) => !(QUEUE_NAMES as string[]).includes(queue))
    .sort()
  return [...QUEUE_NAMES, ...others].map((queue) => reportOf(queue, byQueue.get(queue)))
}

export async function queueStatusOf(db: QueueClient, queue: string): Promise<QueueReport> {
  const { rows } = await db.query<Row>(STATUS, [queue])
  return reportOf(queue, rows[0])
}
