// The download worker inside the server process, started next to the mail worker: every few
// seconds it makes waiting files (one at a time per process, so a big download never takes both
// cores) and, once a minute, removes what has expired. DOWNLOAD_WORKER=off disables it.
import type { Payload } from 'payload'

import { type Env, getConfig } from '@/config'
import { type PollLoop, startPollLoop } from '@/workers/poll-loop'

import { ruimDownloadsOp, verwerkDownloads } from './worker'

export const downloadWorkerEnabled = (env?: Env) => getConfig(env).downloads.worker

export function startDownloadWorker(payload: Payload, intervalMs = 2000): PollLoop | null {
  if (!downloadWorkerEnabled()) return null
  let laatsteOpruiming = 0
  return startPollLoop('download-worker', async () => {
    try {
      if (Date.now() - laatsteOpruiming > 60_000) {
        laatsteOpruiming = Date.now()
        await ruimDownloadsOp(payload)
      }
      await verwerkDownloads(payload, 1)
    } catch (error) {
      payload.logger.error({ err: error }, 'Downloads: de wachtrij kon niet gelezen worden')
    }
    return intervalMs
  })
}
