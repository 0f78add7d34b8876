// The key the sync worker shows to the revalidation route: derived from PAYLOAD_SECRET, so there is
// no second secret to configure and nobody outside the server can empty the page cache.
import { createHmac, timingSafeEqual } from 'node:crypto'

import { getConfig } from '@/config'

export const REVALIDATION_KEY_HEADER = 'x-revalidatie-sleutel'

export function revalidationKey(secret = getConfig().payloadSecret): string {
  if (!secret)
    throw new Error(
      'PAYLOAD_SECRET ontbreekt: zonder geheim kan de paginacache niet beveiligd vernieuwd worden',
    )
  return createHmac('sha256', secret).update('sociale-kaart:revalidatie').digest('hex')
}

export function isValidRevalidationKey(aangeboden: string | null): boolean {
  if (!aangeboden) return false
  const verwacht = Buffer.from(revalidationKey())
  const gegeven = Buffer.from(aangeboden)
  return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht)
}
