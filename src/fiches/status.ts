// The state of a fiche by id, for the proxy that answers 410 for stopped fiches before the page
// renders (a page cannot choose its status code). Plain SQL on a tiny pool, remembered 30 seconds.
import pg from 'pg'

import { FICHE_COLLECTIE as TABLE, type FicheSoort } from '@/domain/fiche-url'

const TTL_MS = 30_000

let pool: pg.Pool | null = null
const cache = new Map<string, { at: number; status: string | null }>()

export async function ficheStatus(soort: FicheSoort, id: number): Promise<string | null> {
  const key = `${soort}:${id}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.status
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true })
    pool.on('error', () => undefined)
  }
  const { rows } = await pool.query<{ status: string }>(`SELECT status FROM ${TABLE[soort]} WHERE id = $1`, [id])
  const status = rows[0]?.status ?? null
  if (cache.size > 10_000) cache.clear()
  cache.set(key, { at: Date.now(), status })
  return status
}
