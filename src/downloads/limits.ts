/** At most this many fiches in one file: enough for a region, not a copy of the whole map. */
export const MAX_ROWS = 20_000
/** Downloads of one account that may wait or run at the same time. */
export const MAX_RUNNING = 2
export const KEEP_DAYS = 7
