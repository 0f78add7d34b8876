import { getConfig } from '@/config'

import type { EmbeddedDatabaseOptions } from './embedded'

/**
 * The one rule for where data lives: DATABASE_URL when it is set, else the embedded PostgreSQL
 * with its files under .data/ so nothing is lost between runs (EMBEDDED_PG_FRESH=true, for tests,
 * empties it every run).
 *
 * Import this module before anything that imports the Payload config: the config reads
 * DATABASE_URL when it is evaluated, and a dynamic import of the config after start-up hangs now
 * and then under tsx, so scripts import it statically right after this one.
 */
export const embeddedTarget: EmbeddedDatabaseOptions | null = getConfig().database.url
  ? null
  : getConfig().database.embedded

if (embeddedTarget) {
  process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${embeddedTarget.port}/${embeddedTarget.database}`
}
