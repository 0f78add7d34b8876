import type { TestProject } from 'vitest/node'

import { startEmbeddedDatabase, type RunningDatabase } from '../../src/db/embedded'

let database: RunningDatabase | undefined

/**
 * One real PostgreSQL for the integration tests: DATABASE_URL when the caller gives one (its
 * database is used as is), else the embedded server in its own folder with a fresh database.
 */
export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL
  if (!url) {
    database = await startEmbeddedDatabase({
      dataDir: process.env.TEST_PG_DIR ?? '.data/postgres-test',
      port: Number(process.env.TEST_PG_PORT ?? 54339),
      database: 'sociale_kaart_test',
      fresh: true,
    })
    url = database.url
  }
  project.provide('databaseUrl', url)
}

export async function teardown() {
  await database?.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
