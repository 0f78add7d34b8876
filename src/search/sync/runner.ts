// The sync worker inside the server process: polls the outbox every second, works through a backlog
// without pausing, backs off when the engine fails (the rows' own available_at does the waiting).
// Any number of processes may run one: SKIP LOCKED gives each batch to one of them.
import type { Payload } from 'payload'

import { type Env, getConfig } from '@/config'
import { paginaRevalidatie } from '@/revalidatie/na-sync'
import { type PollLoop, runningPollLoop, startPollLoop } from '@/workers/poll-loop'

import { getSearchEngine, poolOf } from '../engine'
import { DEFAULT_BATCH, processOutboxBatch, pruneOutbox } from './worker'

export function searchWorkerEnabled(env?: Env): boolean {
  return getConfig(env).search.worker
}

export function startSearchWorker(payload: Payload, intervalMs = 1000): PollLoop | null {
  if (!searchWorkerEnabled()) return null
  const running = runningPollLoop('search-worker')
  if (running) return running
  const pool = poolOf(payload)
  const engine = getSearchEngine(payload)
  let ticks = 0
  const afterApply = paginaRevalidatie()
  return startPollLoop('search-worker', async () => {
    try {
      const result = await processOutboxBatch(pool, engine, DEFAULT_BATCH, afterApply)
      if (++ticks % 3600 === 0) await pruneOutbox(pool)
      if (result.failed) {
        payload.logger.warn(`Zoekindex: ${result.rows} wijzigingen wachten op een nieuwe poging: ${result.error}`)
        return intervalMs
      }
      return result.rows === DEFAULT_BATCH ? 0 : intervalMs
    } catch (error) {
      payload.logger.error({ err: error }, 'Zoekindex: de wachtrij kon niet gelezen worden')
      return 5000
    }
  })
}
