// First: settles DATABASE_URL before the Payload config below reads it.
import { embeddedTarget } from './env'

import config from '@payload-config'
import { getPayload, type Migration, type Payload } from 'payload'

import { getConfig } from '@/config'

import { migrations } from '../migrations'
import { startEmbeddedDatabase, type RunningDatabase } from './embedded'
import { poolOf } from './pool'

export type Booted = {
  payload: Payload
  database: RunningDatabase
  /** Closes this process's connections but leaves the database running (the app takes over). */
  close: () => Promise<void>
  /** close(), then stops the embedded database if this process started it. */
  shutdown: () => Promise<void>
}

/**
 * For scripts (start, seed, e2e server): the database (embedded when DATABASE_URL is unset),
 * the committed migrations applied, and a Payload instance on top.
 */
export const bootPayload = async (
  options: { log?: (message: string) => void } = {},
): Promise<Booted> => {
  const database: RunningDatabase = embeddedTarget
    ? await startEmbeddedDatabase({ ...embeddedTarget, log: options.log })
    : { url: getConfig().database.url ?? '', stop: async () => {} }
  if (database.url !== getConfig().database.url) {
    // The config already holds DATABASE_URL; a cluster found running on another port cannot be used.
    throw new Error(
      `De ingebouwde PostgreSQL in ${embeddedTarget?.dataDir} draait al op een andere poort (${database.url.split(':')[3]?.split('/')[0]}): zet EMBEDDED_PG_PORT op die poort of stop die server.`,
    )
  }
  const payload = await getPayload({ config })
  // Payload types a migration's up and down as taking unknown; the postgres adapter passes MigrateUpArgs.
  await payload.db.migrate({ migrations: migrations as Migration[] })
  const close = async () => {
    // Payload's destroy() leaves the pool open, and its migrator keeps one client checked out, so
    // pool.end() alone never resolves: give it a moment, then go on regardless.
    const pool = poolOf(payload)
    pool.on('error', () => {})
    await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 500))])
    await payload.db.destroy?.()
  }
  return {
    payload,
    database,
    close,
    shutdown: async () => {
      await close()
      await database.stop()
    },
  }
}
