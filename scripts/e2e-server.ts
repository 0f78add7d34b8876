/**
 * The server the end-to-end tests drive: its own embedded database (fresh each run), the
 * committed migrations, a small deterministic demo, then `next start` on the built app.
 */
import './lib/e2e-env'

import { rmSync } from 'node:fs'

import { getConfig } from '@/config'
import { readE2eConfig } from '@/config/e2e'
import { bootPayload } from '@/db/bootstrap'
import { startMailCatcher } from '@/mail/dev/catcher'
import { seedDemo } from '@/seed'

import { emptyPageCache } from './lib/page-cache'
import { runBin, waitForExit } from './lib/run'

const args = process.argv.slice(2)
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : '3100'

const booted = await bootPayload()
await seedDemo(booted.payload, {
  fiches: readE2eConfig().fiches,
  password: getConfig().demo.password,
})
await booted.close()

// A real SMTP server for the tests to read: every message lands as an .eml file in E2E_MAIL_DIR
// (emptied each run; tests/e2e/mail.ts reads it).
const mailDir = readE2eConfig().mailDir ?? `.data/mail-e2e-${port}`
rmSync(mailDir, { recursive: true, force: true })
const catcher = await startMailCatcher({ port: readE2eConfig().smtpPort, dir: mailDir })
process.env.SMTP_HOST = catcher.host
process.env.SMTP_PORT = String(catcher.port)
delete process.env.SMTP_USER

// The database is new each run: no page from an earlier run may answer.
emptyPageCache()
const server = runBin('next', ['start', '-p', port, '-H', '127.0.0.1'])
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
const code = await waitForExit(server)
await catcher.stop()
await booted.database.stop()
process.exit(code)
