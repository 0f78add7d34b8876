import { useSyncExternalStore } from 'react'

const MINUUT = 60_000

/** The current time to the minute: the same value for a whole minute, as the store needs. */
const currentMinute = () => Math.floor(Date.now() / MINUUT) * MINUUT

/** Wakes React at each new minute of the real clock. */
function subscribe(onChange: () => void) {
  let timer: number | undefined
  const wait = () => {
    timer = window.setTimeout(
      () => {
        onChange()
        wait()
      },
      MINUUT - (Date.now() % MINUUT),
    )
  }
  wait()
  return () => window.clearTimeout(timer)
}

/**
 * The clock to the minute (opening hours have no seconds). On the server and while hydrating it is
 * `serverTime`, the moment the cached page was made, so the HTML matches; then it follows the
 * browser's clock.
 */
export function useMinuteClock(serverTime: string): Date {
  const ms = useSyncExternalStore(subscribe, currentMinute, () => Date.parse(serverTime))
  return new Date(ms)
}
