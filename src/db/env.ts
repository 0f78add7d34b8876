import type { EmbeddedDatabaseOptions } from './embedded'

export const DEFAULT_EMBEDDED_PORT = 54329

/**
 * The one rule for where data lives: DATABASE_URL when it is set, else the embedded PostgreSQL
 * with its files under .data/ so nothing is lost between runs.
 *
 * Import this module before anything that imports the Payload config: the config reads
 * DATABASE_URL when it is evaluated, and a dynamic import of the config after start-up hangs now
 * and then under tsx, so scripts import it statically right after this one.
 */
export const embeddedTarget: EmbeddedDatabaseOptions | null = process.env.DATABASE_URL
  ? null
  : {
      dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
      port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
      database: process.env.EMBEDDED_PG_DATABASE ?? 'sociale_kaart',
      // Tests start from an empty database every run.
      fresh: process.env.EMBEDDED_PG_FRESH === 'true',
    }

if (embeddedTarget) {
  process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${embeddedTarget.port}/${embeddedTarget.database}`
}
