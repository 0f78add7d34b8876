/**
 * npm start: the whole product on one command. Starts the database (embedded PostgreSQL when
 * DATABASE_URL is unset), applies migrations, seeds the demo on an empty database in demo mode,
 * builds when the sources changed, then serves Next.js with Payload on http://localhost:3000.
 * Flags: --dev (next dev), --build-only, --port N.
 */
import './lib/load-env'

import { getConfig } from '@/config'
import { bootPayload } from '@/db/bootstrap'
import { startMailCatcher, type MailCatcher } from '@/mail/dev/catcher'
import { ensureSearchIndex } from '@/search/sync/initial'
import * as seed from '@/seed'

import { needsBuild } from './lib/needs-build'
import { emptyPageCache } from './lib/page-cache'
import { runBin, waitForExit } from './lib/run'

const args = process.argv.slice(2)
const dev = args.includes('--dev')
const buildOnly = args.includes('--build-only')
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : String(getConfig().port)

const started = Date.now()
const booted = await bootPayload()
const { payload } = booted
console.log(
  `Database klaar (${getConfig().database.url?.replace(/:[^:@/]+@/, ':***@')}) in ${Date.now() - started} ms`,
)

const { demoModeEnabled } = seed
if (demoModeEnabled() && (await seed.isDatabaseEmpty(payload))) {
  console.log('Lege database: demogegevens worden aangemaakt...')
  const summary = await seed.seedDemo(payload, {
    fiches: getConfig().demo.fiches,
    password: getConfig().demo.password,
    onProgress: seed.consoleProgress(),
  })
  console.log(seed.formatSummary(summary))
}
const zoekindex = await ensureSearchIndex(payload, seed.consoleProgress())
if (zoekindex) console.log(`Zoekindex opgebouwd: ${zoekindex.indexed} documenten`)
await booted.close()

let exitCode = 0
if (!dev && (buildOnly || needsBuild(process.cwd()))) {
  console.log('Productiebuild maken (next build, ongeveer 1,5 minuut)...')
  exitCode = await waitForExit(runBin('next', ['build']))
  if (exitCode !== 0) {
    await booted.database.stop()
    process.exit(exitCode)
  }
}

if (!buildOnly) {
  // The local demo start: the server it runs is a demo too, so no production deployment for
  // src/config (next start sets NODE_ENV=production) and it finds its secrets in .data/.
  if (demoModeEnabled()) process.env.DEMO_MODE = 'true'
  const catcher = await startDevMailCatcher()
  emptyPageCache()
  const server = runBin('next', [dev ? 'dev' : 'start', '-p', port])
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  setTimeout(() => {
    console.log(
      `\nSociale Kaart draait op http://localhost:${port} (beheer: http://localhost:${port}/admin)`,
    )
    if (demoModeEnabled()) console.log(seed.formatDemoAccounts(getConfig().demo.password))
    if (catcher)
      console.log(
        `Mails (geen SMTP_HOST ingesteld) komen toe in .data/mail en op http://localhost:${port}/dev/mail`,
      )
  }, 1500)
  exitCode = await waitForExit(server)
  await catcher?.stop()
}

await booted.database.stop()
process.exit(exitCode)

/**
 * In demo mode without an SMTP server in configuration, mail goes to a real SMTP server on this
 * machine that keeps every message in .data/mail (readable at /dev/mail). A configured SMTP_HOST,
 * or production without demo mode, never gets it.
 */
async function startDevMailCatcher(): Promise<MailCatcher | null> {
  if (getConfig().mail.smtp || !demoModeEnabled()) return null
  const dir = getConfig().mail.devMailDir ?? '.data/mail'
  const catcher = await startMailCatcher({ port: getConfig().mail.devSmtpPort, dir })
  process.env.SMTP_HOST = catcher.host
  process.env.SMTP_PORT = String(catcher.port)
  process.env.DEV_MAIL_DIR = dir
  return catcher
}
