// Pages can only be revalidated inside a Next.js request, and the sync worker runs beside the
// requests, not in one: it asks its own server through an internal route. A failure throws, so the
// outbox batch is retried and no stale page is forgotten.
import { type Env, getConfig } from '@/config'
import type { ToRevalidate } from '@/domain/revalidation'

import { REVALIDATION_KEY_HEADER, revalidationKey } from './key'

const PER_VERZOEK = 500

/** The server this process serves, as `next start` recorded it; null in scripts and tests. */
export function ownOrigin(env?: Env): string | null {
  return getConfig(env).internalOrigin
}

export async function requestRevalidation(
  origin: string,
  werk: ToRevalidate,
  doFetch: typeof fetch = fetch,
): Promise<void> {
  const pakketten: ToRevalidate[] = []
  for (
    let start = 0;
    start < Math.max(werk.paden.length, werk.tags.length, 1);
    start += PER_VERZOEK
  ) {
    pakketten.push({
      paden: werk.paden.slice(start, start + PER_VERZOEK),
      layouts: start === 0 ? werk.layouts : [],
      tags: werk.tags.slice(start, start + PER_VERZOEK),
    })
  }
  for (const pakket of pakketten) {
    if (pakket.paden.length + pakket.layouts.length + pakket.tags.length === 0) continue
    const antwoord = await doFetch(new URL('/api/intern/revalideer', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATION_KEY_HEADER]: revalidationKey() },
      body: JSON.stringify(pakket),
      signal: AbortSignal.timeout(10_000),
    })
    if (!antwoord.ok)
      throw new Error(
        `Paginacache vernieuwen mislukt: HTTP ${antwoord.status} ${await antwoord.text().catch(() => '')}`.trim(),
      )
  }
}
