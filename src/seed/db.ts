import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'

export { poolOf, type PgPool } from '@/db/pool'

/**
 * Every write of the seed skips per-user checks in the hooks and returns ids only. It records no
 * search updates one by one either: the seed rebuilds the search index once at the end.
 */
export const SYSTEM = {
  overrideAccess: true,
  depth: 0,
  context: { systemWrite: true, skipSearchSync: true },
} as const

/** No users and no organisaties: a fresh install that the demo data may fill. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, organisaties] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'organisaties', overrideAccess: true }),
  ])
  return users.totalDocs === 0 && organisaties.totalDocs === 0
}

/**
 * Empties every application table (all of the public schema except the migration log) and restarts
 * the id sequences, so that a new seed gets the same ids as a seed of an empty database.
 */
export async function resetDatabase(payload: Payload): Promise<number> {
  const pool = poolOf(payload)
  const { rows } = await pool.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations' ORDER BY tablename`,
  )
  if (rows.length === 0) return 0
  await pool.query(
    `TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
  )
  return rows.length
}
