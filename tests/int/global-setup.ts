import type { TestProject } from 'vitest/node'

import net from 'node:net'

import { startEmbeddedDatabase, type RunningDatabase } from '../../src/db/embedded'

/** A port nobody listens on, so a leftover server (another checkout, a killed run) cannot block the tests. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

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
      port: process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : await freePort(),
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
