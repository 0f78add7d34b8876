// Puts work on a queue inside the transaction of the change that causes it: when the change rolls
// back, the job was never asked for; when it commits, a worker will run it even if what it needs
// (SMTP, the search engine) is down right now.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '@/db/transaction'

import { settingsOf } from './settings'
import type { QueueClient } from './types'

export type EnqueueOptions = {
  /**
   * At most one job with this key per queue (as long as it is kept): a job that several processes
   * may ask for at the same moment (a periodic task) is queued once; the others get null.
   */
  uniqueKey?: string
  /** Not before this many seconds from now. */
  delaySeconds?: number
  maxAttempts?: number
}

/** Queues one job in the request's transaction. Returns its id, or null when its unique key was taken. */
export async function enqueue(
  req: PayloadRequest,
  queue: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<number | null> {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    INSERT INTO queue_jobs (queue, payload, max_attempts, unique_key, available_at)
    VALUES (${queue}, ${JSON.stringify(payload ?? {})}::jsonb, ${options.maxAttempts ?? settingsOf(queue).maxAttempts},
      ${options.uniqueKey ?? null}, clock_timestamp() + make_interval(secs => ${options.delaySeconds ?? 0}))
    ON CONFLICT DO NOTHING RETURNING id`)
  return rows[0] ? Number(rows[0].id) : null
}

/** Queues one job per payload in the request's transaction, in one statement. */
export async function enqueueMany(
  req: PayloadRequest,
  queue: string,
  payloads: readonly unknown[],
): Promise<void> {
  if (payloads.length === 0) return
  const db = await transactionOf(req)
  // One JSON parameter: drizzle's sql template would spread a JS array into separate parameters.
  await db.execute(sql`
    INSERT INTO queue_jobs (queue, payload, max_attempts)
    SELECT ${queue}::text, value, ${settingsOf(queue).maxAttempts}::int FROM jsonb_array_elements(${JSON.stringify(payloads)}::jsonb)`)
}

/**
 * The same for work outside a Payload request (a worker, a plain pg transaction): the job commits
 * or rolls back with whatever `client` is in. A pool queues it on its own.
 */
export async function enqueueWithClient(
  client: QueueClient,
  queue: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<number | null> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO queue_jobs (queue, payload, max_attempts, unique_key, available_at)
     VALUES ($1, $2::jsonb, $3, $4, clock_timestamp() + make_interval(secs => $5))
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      queue,
      JSON.stringify(payload ?? {}),
      options.maxAttempts ?? settingsOf(queue).maxAttempts,
      options.uniqueKey ?? null,
      options.delaySeconds ?? 0,
    ],
  )
  return rows[0] ? Number(rows[0].id) : null
}
