/** At most this many fiches in one file: enough for a region, not a copy of the whole map. */
export const MAX_RIJEN = 20_000
/** Downloads of one account that may wait or run at the same time. */
export const MAX_LOPEND = 2
export const BEWAARDAGEN = 7
