// The download worker inside the server process, started next to the mail worker: every few
// seconds it makes waiting files (one at a time per process, so a big download never takes both
// cores), and once a minute it removes what has expired. DOWNLOAD_WORKER=off disables both.
//
// The clean-up stays a loop in every process rather than a job on the queue: it removes files from
// this machine's DOWNLOADS_DIR, which a job run by another process on another machine could not
// reach; deleting expired rows twice is harmless.
import type { Payload } from 'payload'

import { type Env, getConfig } from '@/config'
import { poolOf } from '@/db/pool'
import { startQueueWorker } from '@/queue/worker'
import { type PollLoop, startPollLoop } from '@/workers/poll-loop'

import { downloadQueue, pruneDownloads } from './worker'

export const downloadWorkerEnabled = (env?: Env) => getConfig(env).downloads.worker

export function startDownloadWorker(payload: Payload, intervalMs = 2000): PollLoop | null {
  if (!downloadWorkerEnabled()) return null
  const worker = startQueueWorker(poolOf(payload), {
    ...downloadQueue(payload),
    intervalMs,
    logger: payload.logger,
  })
  const cleanUp = startPollLoop('download-cleanup', async () => {
    try {
      await pruneDownloads(payload)
    } catch (error) {
      payload.logger.error({ err: error }, 'Downloads: opruimen mislukt')
    }
    return 60_000
  })
  return {
    stop: () => {
      worker.stop()
      cleanUp.stop()
    },
  }
}
