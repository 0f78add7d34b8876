// The mail worker inside the server process: every second it sends what is due, works through a
// backlog without pausing and leaves failed mails to their backoff. Any number of processes may run
// one: each mail goes to one of them.
import type { Payload } from 'payload'

import { type Env, getConfig } from '@/config'
import { poolOf } from '@/db/pool'
import { startQueueWorker } from '@/queue/worker'
import type { PollLoop } from '@/workers/poll-loop'

import { createDeliver } from './adapter'
import { mailQueue } from './worker'

export const mailWorkerEnabled = (env?: Env) => getConfig(env).mail.worker

export async function startMailWorker(
  payload: Payload,
  intervalMs = 1000,
): Promise<PollLoop | null> {
  if (!mailWorkerEnabled()) return null
  const deliver = await createDeliver(payload)
  return startQueueWorker(poolOf(payload), {
    ...mailQueue(deliver),
    intervalMs,
    logger: payload.logger,
  })
}
