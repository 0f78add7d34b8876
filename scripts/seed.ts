/**
 * npm run seed -- [--fiches N] [--seed N] [--reset] [--bulk | --local] [--concurrency N] [--verify | --verify-only]
 *
 * Fills the database with deterministic demo data: the same --seed and --fiches always give the same
 * data. Refuses a database that already has users or organisaties unless --reset (which empties every
 * application table first). Password of the demo accounts: DEMO_PASSWORD (default demo1234).
 */
import './lib/load-env'

import { getConfig } from '@/config'
import { bootPayload } from '@/db/bootstrap'
import {
  BULK_THRESHOLD,
  consoleProgress,
  DEFAULT_DEMO_PASSWORD,
  demoAccountsAllowed,
  formatDemoAccounts,
  formatSummary,
  isDatabaseEmpty,
  MIN_FICHES,
  resetDatabase,
  seedDemo,
} from '@/seed'
import { verifySeed } from '@/seed/verify'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const value = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`)
  if (i === -1) return fallback
  const n = Number(args[i + 1]?.replace(/_/g, ''))
  if (!Number.isInteger(n) || n < 0)
    fail(`--${name} verwacht een geheel getal, niet "${args[i + 1] ?? ''}".`)
  return n
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

if (flag('help') || flag('h')) {
  console.log(`Gebruik: npm run seed -- [--fiches N] [--seed N] [--reset] [--bulk | --local] [--concurrency N] [--verify | --verify-only]

  --fiches N       aantal fiches (organisaties + praktijken + zorgverleners + aanbod), standaard 3000, minstens ${MIN_FICHES}
  --seed N         startwaarde van de toevalsgenerator, standaard 1
  --reset          maak eerst alle tabellen van de applicatie leeg (nodig als de databank niet leeg is)
  --bulk, --local  schrijf met SQL in grote batches, of via de Payload Local API
                   (standaard: Local API tot ${BULK_THRESHOLD.toLocaleString('nl-BE')} fiches, daarboven bulk)
  --concurrency N  aantal eenheden tegelijk via de Local API (standaard 6)
  --verify         lees na afloop een steekproef terug via payload.find en payload.findByID en controleer ze
  --verify-only    controleer een eerder gemaakte seed (zelfde --fiches en --seed) zonder iets te schrijven

Het wachtwoord van de demo-accounts komt uit DEMO_PASSWORD (standaard ${DEFAULT_DEMO_PASSWORD}).`)
  process.exit(0)
}

const fiches = value('fiches', 3000)
const seed = value('seed', 1)
const concurrency = value('concurrency', 6)
const password = getConfig().demo.password
if (fiches < MIN_FICHES) fail(`Geef minstens ${MIN_FICHES} fiches.`)
if (flag('bulk') && flag('local')) fail('Kies --bulk of --local, niet beide.')
if (!demoAccountsAllowed()) {
  fail(
    'Weigering: NODE_ENV=production. Demo-accounts met een bekend wachtwoord horen niet op een productiesite. Zet DEMO_MODE=true als dit een demosite is.',
  )
}

/** A refusal with a message for the user, not a crash with a stack trace. */
class Weigering extends Error {}

const { payload, shutdown } = await bootPayload()
let exitCode = 0
const controleer = async () => {
  const start = Date.now()
  const result = await verifySeed(payload, { fiches, seed })
  const duur = `${((Date.now() - start) / 1000).toFixed(1)} s`
  console.log(
    result.ok
      ? `Controle: ${result.checked} fiches teruggelezen via payload.find/findByID (depth 1), alles klopt (${duur}).`
      : `Controle: ${result.problems.length} problemen (${duur}):\n  ${result.problems.slice(0, 30).join('\n  ')}`,
  )
  return result.ok
}
try {
  if (flag('verify-only')) {
    if (!(await controleer())) exitCode = 1
  } else {
    if (flag('reset')) {
      const tabellen = await resetDatabase(payload)
      console.log(`Databank leeggemaakt (${tabellen} tabellen).`)
    } else if (!(await isDatabaseEmpty(payload))) {
      throw new Weigering(
        'De databank is niet leeg: er zijn al gebruikers of organisaties. Gebruik --reset om alles te wissen en opnieuw te beginnen (alle gegevens gaan verloren).',
      )
    }
    console.log(`Demogegevens maken: ${fiches.toLocaleString('nl-BE')} fiches, seed ${seed}...`)
    const summary = await seedDemo(payload, {
      fiches,
      seed,
      password,
      concurrency,
      mode: flag('bulk') ? 'bulk' : flag('local') ? 'local' : 'auto',
      onProgress: consoleProgress(),
    })
    console.log(formatSummary(summary))
    if (flag('verify') && !(await controleer())) exitCode = 1
    console.log(formatDemoAccounts(password))
  }
} catch (error) {
  console.error(
    error instanceof Weigering
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : error,
  )
  exitCode = 1
} finally {
  await shutdown()
}
process.exit(exitCode)
