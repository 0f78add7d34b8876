/** The part of node-postgres' Pool, Client or PoolClient the queue uses. */
export type QueueClient = {
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[]; rowCount: number | null }>
}

/** A pool (Payload's, or a test's own) from which a worker takes one connection per run. */
export type QueuePool = QueueClient & {
  connect: () => Promise<QueueClient & { release: (destroy?: boolean | Error) => void }>
}

/** One job as a handler sees it, after it was taken: `attempts` counts this run. */
export type Job<P = unknown> = {
  id: number
  queue: string
  payload: P
  attempts: number
  maxAttempts: number
  uniqueKey: string | null
  createdAt: Date
}

export type JobRow = {
  id: string | number
  queue: string
  payload: unknown
  attempts: number
  max_attempts: number
  unique_key: string | null
  created_at: Date | string
}

export const jobOf = <P>(row: JobRow): Job<P> => ({
  id: Number(row.id),
  queue: row.queue,
  payload: row.payload as P,
  attempts: Number(row.attempts),
  maxAttempts: Number(row.max_attempts),
  uniqueKey: row.unique_key,
  createdAt: new Date(row.created_at),
})
