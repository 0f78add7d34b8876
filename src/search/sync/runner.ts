// The sync worker inside the server process: polls the 'search' queue every second, works through a
// backlog without pausing, backs off when the engine fails (the jobs' own available_at does the
// waiting). Any number of processes may run one: each batch goes to one of them.
import type { Payload } from 'payload'

import { type Env, getConfig } from '@/config'
import { startQueueWorker } from '@/queue/worker'
import { pageRevalidation } from '@/revalidation/after-sync'
import type { PollLoop } from '@/workers/poll-loop'

import { getSearchEngine, poolOf } from '../engine'
import { DEFAULT_BATCH, searchQueue } from './worker'

export function searchWorkerEnabled(env?: Env): boolean {
  return getConfig(env).search.worker
}

export function startSearchWorker(payload: Payload, intervalMs = 1000): PollLoop | null {
  if (!searchWorkerEnabled()) return null
  const queue = searchQueue(getSearchEngine(payload), DEFAULT_BATCH, pageRevalidation())
  return startQueueWorker(poolOf(payload), {
    ...queue,
    intervalMs,
    logger: payload.logger,
  })
}
