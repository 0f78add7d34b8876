// The mail worker inside the server process: every second it sends what is due, works through a
// backlog without pausing and leaves failed mails to their backoff. Any number of processes may run
// one: SKIP LOCKED gives each mail to one of them.
import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'

import { createDeliver } from './adapter'
import { type MailPool, processMailOutbox, pruneMailOutbox } from './worker'

const RUNNING = Symbol.for('sociale-kaart.mail-worker')
type Global = typeof globalThis & { [RUNNING]?: { stop: () => void } }

export const mailWorkerEnabled = (env: NodeJS.ProcessEnv = process.env) => env.MAIL_WORKER !== 'off'

export async function startMailWorker(payload: Payload, intervalMs = 1000): Promise<{ stop: () => void } | null> {
  const global = globalThis as Global
  if (!mailWorkerEnabled() || global[RUNNING]) return global[RUNNING] ?? null
  const pool = poolOf(payload) as unknown as MailPool
  const deliver = await createDeliver(payload)
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let ticks = 0
  let failing = false

  const schedule = (delay: number) => {
    if (stopped) return
    timer = setTimeout(tick, delay)
    timer.unref()
  }
  const tick = async () => {
    let delay = intervalMs
    try {
      const result = await processMailOutbox(pool, deliver)
      // One warning per outage, not one per second.
      if (result.failed && !failing) payload.logger.warn(`Mail: verzenden mislukt, de mails blijven in de wachtrij: ${result.error}`)
      if (result.sent && failing) payload.logger.info('Mail: verzenden lukt opnieuw')
      failing = result.failed > 0 ? true : result.sent > 0 ? false : failing
      if (result.sent === 50) delay = 0
      if (++ticks % 3600 === 0) await pruneMailOutbox(pool)
    } catch (error) {
      payload.logger.error({ err: error }, 'Mail: de wachtrij kon niet gelezen worden')
      delay = 5000
    }
    schedule(delay)
  }
  schedule(0)
  const handle = {
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
      delete global[RUNNING]
    },
  }
  global[RUNNING] = handle
  return handle
}
