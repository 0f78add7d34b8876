// The mail worker inside the server process: every second it sends what is due, works through a
// backlog without pausing and leaves failed mails to their backoff. Any number of processes may run
// one: SKIP LOCKED gives each mail to one of them.
import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'

import { type PollLoop, runningPollLoop, startPollLoop } from '@/workers/poll-loop'

import { createDeliver } from './adapter'
import { type MailPool, processMailOutbox, pruneMailOutbox } from './worker'

const NAAM = 'mail-worker'

export const mailWorkerEnabled = (env: NodeJS.ProcessEnv = process.env) => env.MAIL_WORKER !== 'off'

export async function startMailWorker(payload: Payload, intervalMs = 1000): Promise<PollLoop | null> {
  if (!mailWorkerEnabled()) return null
  const running = runningPollLoop(NAAM)
  if (running) return running
  const pool: MailPool = poolOf(payload)
  const deliver = await createDeliver(payload)
  let ticks = 0
  let failing = false
  return startPollLoop(NAAM, async () => {
    try {
      const result = await processMailOutbox(pool, deliver)
      // One warning per outage, not one per second.
      if (result.failed && !failing) payload.logger.warn(`Mail: verzenden mislukt, de mails blijven in de wachtrij: ${result.error}`)
      if (result.sent && failing) payload.logger.info('Mail: verzenden lukt opnieuw')
      failing = result.failed > 0 ? true : result.sent > 0 ? false : failing
      if (++ticks % 3600 === 0) await pruneMailOutbox(pool)
      return result.sent === 50 ? 0 : intervalMs
    } catch (error) {
      payload.logger.error({ err: error }, 'Mail: de wachtrij kon niet gelezen worden')
      return 5000
    }
  })
}
