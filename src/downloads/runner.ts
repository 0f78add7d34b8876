// The download worker inside the server process, started next to the mail worker: every few
// seconds it makes waiting files (one at a time per process, so a big download never takes both
// cores) and, once a minute, removes what has expired. DOWNLOAD_WORKER=off disables it.
import type { Payload } from 'payload'

import { ruimDownloadsOp, verwerkDownloads } from './worker'

const RUNNING = Symbol.for('sociale-kaart.download-worker')
type Global = typeof globalThis & { [RUNNING]?: { stop: () => void } }

export const downloadWorkerEnabled = (env: NodeJS.ProcessEnv = process.env) => env.DOWNLOAD_WORKER !== 'off'

export function startDownloadWorker(payload: Payload, intervalMs = 2000): { stop: () => void } | null {
  const global = globalThis as Global
  if (!downloadWorkerEnabled() || global[RUNNING]) return global[RUNNING] ?? null
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let laatsteOpruiming = 0
  const tick = async () => {
    try {
      if (Date.now() - laatsteOpruiming > 60_000) {
        laatsteOpruiming = Date.now()
        await ruimDownloadsOp(payload)
      }
      await verwerkDownloads(payload, 1)
    } catch (error) {
      payload.logger.error({ err: error }, 'Downloads: de wachtrij kon niet gelezen worden')
    }
    if (stopped) return
    timer = setTimeout(tick, intervalMs)
    timer.unref()
  }
  timer = setTimeout(tick, 0)
  timer.unref()
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
