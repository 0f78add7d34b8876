// The loop that runs a queue inside the server process: a batch, then at once the next while there
// is a backlog, else a pause; the queue's old jobs forgotten every hour. Any number of processes
// may run the same queue: each job goes to one of them (src/queue/claim.ts).
import type { Payload } from 'payload'

import { type PollLoop, runningPollLoop, startPollLoop } from '@/workers/poll-loop'

import { pruneQueue } from './maintenance'
import { type QueueHandlerOptions, runQueueOnce } from './run'
import { settingsOf } from './settings'
import type { QueuePool } from './types'

const HOUR = 3_600_000

export type QueueWorkerOptions<P> = QueueHandlerOptions<P> & {
  /** Pause when nothing is due (and after a failure: the failed jobs wait for their backoff). */
  intervalMs?: number
  logger: Pick<Payload['logger'], 'info' | 'warn' | 'error'>
}

const queueWorkerName = (queue: string) => `queue-worker:${queue}`

/** Starts the worker of `options.queue` in this process, or returns the one already running. */
export function startQueueWorker<P>(pool: QueuePool, options: QueueWorkerOptions<P>): PollLoop {
  const name = queueWorkerName(options.queue)
  const running = runningPollLoop(name)
  if (running) return running
  const { logger, intervalMs = 1000 } = options
  const settings = settingsOf(options.queue, options.settings)
  const batchSize = options.batchSize ?? 1
  let failing = false
  let prunedAt = 0
  return startPollLoop(name, async () => {
    try {
      if (Date.now() - prunedAt > HOUR) {
        prunedAt = Date.now()
        await pruneQueue(pool, options.queue, settings)
      }
      const result = await runQueueOnce(pool, options)
      // One warning per outage, not one per second.
      if (result.failed && !failing)
        logger.warn(
          `${settings.label}: mislukt, de taken wachten op een nieuwe poging: ${result.error}`,
        )
      if (result.done && !result.failed && failing) logger.info(`${settings.label}: lukt opnieuw`)
      if (result.deadLettered) {
        const jobs = result.deadLettered === 1 ? '1 taak' : `${result.deadLettered} taken`
        logger.error(
          `${settings.label}: ${jobs} opgegeven na de laatste poging; een beheerder kan ze opnieuw laten proberen (Wachtrijen in het beheer): ${result.error}`,
        )
      }
      failing = result.failed > 0 ? true : result.done > 0 ? false : failing
      return result.taken >= batchSize && result.failed === 0 ? 0 : intervalMs
    } catch (error) {
      logger.error({ err: error }, `${settings.label}: de wachtrij kon niet gelezen worden`)
      return 5000
    }
  })
}
