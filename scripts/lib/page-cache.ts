import { rmSync } from 'node:fs'

/**
 * Next keeps rendered fiche pages and their cached data on disk between runs (.next/server/route-cache,
 * .next/cache/fetch-cache). The sync worker only revalidates what changes while a server runs, so a
 * page cached before a restart could show what a reseed, a restore or a stopped server's edits made
 * stale: a server starts with an empty page cache and renders each page again on its first visit.
 */
export function emptyPageCache(): void {
  for (const dir of ['.next/server/route-cache', '.next/cache/fetch-cache'])
    rmSync(dir, { recursive: true, force: true })
}
