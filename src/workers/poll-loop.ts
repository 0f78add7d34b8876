// The loop under each background worker in the server process (mail, search sync, downloads): one
// per process and name, also when Next loads the instrumentation twice; a timer that never keeps a
// script or test process alive; the next tick only after the previous one finished, after the delay
// the step asks for (0 to go on with a backlog, longer to back off).
export type PollLoop = { stop: () => void }

type Global = typeof globalThis & Record<symbol, PollLoop | undefined>

const key = (naam: string) => Symbol.for(`sociale-kaart.${naam}`)

/** The loop of this name already running in this process, if any. */
export function runningPollLoop(naam: string): PollLoop | null {
  return (globalThis as Global)[key(naam)] ?? null
}

/**
 * Starts `stap` now and again after each run, waiting the milliseconds it returns. A step handles
 * and reports its own errors; one that throws anyway is retried after `retryMs`.
 */
export function startPollLoop(naam: string, stap: () => Promise<number>, retryMs = 5000): PollLoop {
  const global = globalThis as Global
  const running = global[key(naam)]
  if (running) return running
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const schedule = (delay: number) => {
    if (stopped) return
    // `run` catches what its step throws, so the promise it returns never rejects.
    timer = setTimeout(() => void run(), delay)
    timer.unref()
  }
  const run = async () => {
    let delay = retryMs
    try {
      delay = await stap()
    } catch {
      // The step's own catch reports what went wrong; this only keeps the loop alive.
    }
    schedule(delay)
  }
  const handle: PollLoop = {
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
      delete global[key(naam)]
    },
  }
  global[key(naam)] = handle
  schedule(0)
  return handle
}
