import { useSyncExternalStore } from 'react'

// Nothing to subscribe to: being in the browser never changes once it is true.
const subscribe = () => () => {}

/**
 * False on the server and while the server's HTML is being hydrated, true after: for what only works
 * with JavaScript or needs `window`, so the first render matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
