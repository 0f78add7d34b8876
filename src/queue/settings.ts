// How each queue behaves. One place, so the worker, the admin's overview and the README agree.
export type QueueSettings = {
  /** Dutch name in the admin and the log. */
  label: string
  /** Only for workers that hold their jobs by lease (src/queue/run.ts): how long one run may go unseen. */
  leaseSeconds: number
  /** After this many runs that failed (or died), the job is kept as 'failed' and no longer retried. */
  maxAttempts: number
  /** The wait after the n-th failure: base * 2^(n-1) seconds, at most cap. */
  backoff: { baseSeconds: number; capSeconds: number }
  keepDoneDays: number
  keepFailedDays: number
}

const DEFAULTS: QueueSettings = {
  label: 'Wachtrij',
  leaseSeconds: 60,
  maxAttempts: 5,
  backoff: { baseSeconds: 1, capSeconds: 300 },
  keepDoneDays: 7,
  keepFailedDays: 30,
}

export const QUEUES = {
  // Retried for about a day (2 s doubling to 10 min), then kept as failed for an admin to retry:
  // an SMTP outage of a night loses nothing. Sent mails are kept 30 days, as before.
  mail: {
    ...DEFAULTS,
    label: 'Mail',
    maxAttempts: 150,
    backoff: { baseSeconds: 2, capSeconds: 600 },
    keepDoneDays: 30,
  },
  // About a day as well (1 s doubling to 5 min). Applied changes are kept one day: a reindex
  // replays those recorded since it started (src/search/sync/reindex.ts).
  search: {
    ...DEFAULTS,
    label: "Zoekindex en pagina's",
    maxAttempts: 300,
    backoff: { baseSeconds: 1, capSeconds: 300 },
    keepDoneDays: 1,
  },
  // A file that fails three times will fail again; its owner sees "mislukt" and can ask again.
  download: {
    ...DEFAULTS,
    label: 'Downloads',
    leaseSeconds: 120,
    maxAttempts: 3,
    backoff: { baseSeconds: 30, capSeconds: 300 },
    keepDoneDays: 7,
  },
} satisfies Record<string, QueueSettings>

export type QueueName = keyof typeof QUEUES

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[]

export const isQueueName = (value: unknown): value is QueueName =>
  typeof value === 'string' && Object.hasOwn(QUEUES, value)

/** The settings of a known queue; any other name (a test's) gets the defaults. */
export function settingsOf(queue: string, overrides: Partial<QueueSettings> = {}): QueueSettings {
  return { ...(isQueueName(queue) ? QUEUES[queue] : DEFAULTS), ...overrides }
}
