/**
 * The server the end-to-end tests drive: its own embedded database (fresh each run), the
 * committed migrations, a small deterministic demo, then `next start` on the built app.
 */
import { bootPayload } from '@/db/bootstrap'

import { runBin, waitForExit } from './lib/run'

const args = process.argv.slice(2)
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : '3100'

process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.PAYLOAD_SECRET ??= 'e2e-secret'
if (!process.env.DATABASE_URL) {
  const { startEmbeddedDatabase } = await import('@/db/embedded')
  const database = await startEmbeddedDatabase({
    dataDir: process.env.E2E_PG_DIR ?? '.data/postgres-e2e',
    port: Number(process.env.E2E_PG_PORT ?? 54349),
    database: 'sociale_kaart_e2e',
    fresh: true,
  })
  process.env.DATABASE_URL = database.url
}

const booted = await bootPayload()
const seed = await import('@/seed')
await seed.seedDemo(booted.payload, { fiches: Number(process.env.E2E_FICHES ?? 400), password: process.env.DEMO_PASSWORD ?? 'demo1234' })
await booted.close()

const server = runBin('next', ['start', '-p', port, '-H', '127.0.0.1'])
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
process.exit(await waitForExit(server))
