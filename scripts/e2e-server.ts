/**
 * The server the end-to-end tests drive: its own embedded database (fresh each run), the
 * committed migrations, a small deterministic demo, then `next start` on the built app.
 */
import './lib/e2e-env'

import { bootPayload } from '@/db/bootstrap'
import { seedDemo } from '@/seed'

import { runBin, waitForExit } from './lib/run'

const args = process.argv.slice(2)
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : '3100'

const booted = await bootPayload()
await seedDemo(booted.payload, { fiches: Number(process.env.E2E_FICHES ?? 400), password: process.env.DEMO_PASSWORD ?? 'demo1234' })
await booted.close()

const server = runBin('next', ['start', '-p', port, '-H', '127.0.0.1'])
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
const code = await waitForExit(server)
await booted.database.stop()
process.exit(code)
