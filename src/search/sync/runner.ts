// The sync worker inside the server process: polls the outbox every second, works through a backlog
// without pausing, backs off when the engine fails (the rows' own available_at does the waiting).
// Any number of processes may run one: SKIP LOCKED gives each batch to one of them.
import type { Payload } from 'payload'

import { paginaRevalidatie } from '@/revalidatie/na-sync'

import { getSearchEngine, poolOf } from '../engine'
import { DEFAULT_BATCH, processOutboxBatch, pruneOutbox } from './worker'

const RUNNING = Symbol.for('sociale-kaart.search-worker')
type Global = typeof globalThis & { [RUNNING]?: { stop: () => void } }

export function searchWorkerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SEARCH_WORKER !== 'off'
}

export function startSearchWorker(payload: Payload, intervalMs = 1000): { stop: () => void } | null {
  const global = globalThis as Global
  if (!searchWorkerEnabled() || global[RUNNING]) return global[RUNNING] ?? null
  const pool = poolOf(payload)
  const engine = getSearchEngine(payload)
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let ticks = 0
  const afterApply = paginaRevalidatie()

  const schedule = (delay: number) => {
    if (stopped) return
    timer = setTimeout(tick, delay)
    // The worker never keeps a script or a test process alive on its own.
    timer.unref()
  }
  const tick = async () => {
    let delay = intervalMs
    try {
      const result = await processOutboxBatch(pool, engine, DEFAULT_BATCH, afterApply)
      if (result.failed) payload.logger.warn(`Zoekindex: ${result.rows} wijzigingen wachten op een nieuwe poging: ${result.error}`)
      else if (result.rows === DEFAULT_BATCH) delay = 0
      if (++ticks % 3600 === 0) await pruneOutbox(pool)
    } catch (error) {
      payload.logger.error({ err: error }, 'Zoekindex: de wachtrij kon niet gelezen worden')
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
