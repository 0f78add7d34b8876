// The state and name of a fiche by id, for the proxy that answers before a (cached) page does: 410
// for a stopped fiche, 404 for an unknown or unpublished one, a redirect for an outdated name. Plain
// SQL on a tiny pool, remembered two seconds: a busy page costs one query per two seconds, and a
// change shows within the same few seconds as the page revalidation.
import pg from 'pg'

import { FICHE_COLLECTIE as TABLE, type FicheSoort } from '@/domain/fiche-url'

const TTL_MS = 2_000

export type FicheStand = { status: string; naam: string } | null

let pool: pg.Pool | null = null
const cache = new Map<string, { at: number; stand: FicheStand }>()

export async function ficheStand(soort: FicheSoort, id: number): Promise<FicheStand> {
  const key = `${soort}:${id}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.stand
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true })
    pool.on('error', () => undefined)
  }
  const { rows } = await pool.query<{ status: string; naam: string }>(`SELECT status, naam FROM ${TABLE[soort]} WHERE id = $1`, [id])
  const stand = rows[0] ? { status: rows[0].status, naam: rows[0].naam } : null
  if (cache.size > 10_000) cache.clear()
  cache.set(key, { at: Date.now(), stand })
  return stand
}
