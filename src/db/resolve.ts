import { startEmbeddedDatabase, type RunningDatabase } from './embedded'

export const DEFAULT_EMBEDDED_PORT = 54329

/**
 * The one rule for where data lives: DATABASE_URL when it is set, else the embedded PostgreSQL
 * with its files under .data/ so nothing is lost between runs.
 */
export const resolveDatabase = async (log?: (message: string) => void): Promise<RunningDatabase> => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const running = await startEmbeddedDatabase({
    dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    database: 'sociale_kaart',
    log,
  })
  process.env.DATABASE_URL = running.url
  return running
}
