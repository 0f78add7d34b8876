// Only one server process runs Payload's jobs. Payload 3.90 takes a job by reading it and then
// updating it, without a row lock, so two processes polling at the same moment could both run the
// same publish. Every poll therefore first asks `runsPayloadJobs` (`jobs.shouldAutoRun`): only the
// process holding a PostgreSQL advisory lock, on a connection of its own, goes on. When it stops,
// the lock is free and another process takes over at its next poll, within 10 seconds. Our own
// queues (src/queue) need no such thing: they claim with FOR UPDATE SKIP LOCKED.
import pg from 'pg'
import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'
import { advisoryLeader, type Leader } from '@/queue/leader'

/** The advisory lock's key: any fixed number, the same in every process. */
export const PAYLOAD_JOBS_LOCK = 0x534b_6a6f_6273n

/** A leader for Payload's jobs on `payload`'s database; tests make a second one to compete. */
export function payloadJobsLeader(payload: Payload): Leader {
  const { options } = poolOf(payload)
  return advisoryLeader({
    client: () =>
      new pg.Client({
        ...options,
        keepAlive: true,
        query_timeout: 10_000,
        connectionTimeoutMillis: 10_000,
      }),
    key: PAYLOAD_JOBS_LOCK,
    onChange: (leading) =>
      payload.logger.info(
        leading
          ? 'Geplande publicaties: dit proces voert ze uit'
          : 'Geplande publicaties: dit proces voert ze niet (meer) uit',
      ),
  })
}

// On globalThis: Next may load this module more than once in a process, and one leader is enough.
type Global = typeof globalThis & Record<symbol, Leader | undefined>
const LEADER = Symbol.for('sociale-kaart.payload-jobs-leader')

/** `jobs.shouldAutoRun`: whether this process runs Payload's jobs now. One leader per process. */
export async function runsPayloadJobs(payload: Payload): Promise<boolean> {
  const global = globalThis as Global
  const leader = (global[LEADER] ??= payloadJobsLeader(payload))
  return leader.holds()
}

/** Lets another process take over (tests; a process shutting down simply closes the connection). */
export async function stopRunningPayloadJobs(): Promise<void> {
  const global = globalThis as Global
  const leader = global[LEADER]
  delete global[LEADER]
  await leader?.release()
}
