/**
 * Public page speed under load: npx tsx tests/bench/pages.ts [--duration 30] [--connections 50] [--fiches 3000] [--warmup 10]
 * Needs a production build (`npx next build`). Starts the built app the way the end-to-end tests
 * do (own embedded database, seeded demo) on port 3300, warms each page (rendered into the cache,
 * then `--warmup` seconds of the same load, not counted, so the JIT has compiled the serving path
 * and the figures are those of a warm server), then runs autocannon against each: a cached aanbod,
 * organisatie and praktijk page, a static page, the cached home page and, for comparison, a search
 * page (rendered per request). Prints req/s, p50/p99 latency, errors and non-2xx; asserts nothing.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

import autocannon from 'autocannon'

const args = process.argv.slice(2)
const arg = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback
const duration = arg('--duration', 30)
const connections = arg('--connections', 50)
const fiches = arg('--fiches', 3000)
const port = arg('--port', 3300)
const warmup = arg('--warmup', 10)
const base = `http://127.0.0.1:${port}`

if (!existsSync('.next/BUILD_ID')) {
  console.error('Geen productiebuild: eerst `npx next build`.')
  process.exit(1)
}

const server = spawn('node_modules/.bin/tsx', ['scripts/e2e-server.ts', '--port', String(port)], {
  env: {
    ...process.env,
    E2E_PG_DIR: '.data/postgres-bench-pages',
    E2E_PG_PORT: '54391',
    E2E_FICHES: String(fiches),
    NEXT_TELEMETRY_DISABLED: '1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})
// The server script stops Next first and its database after: signal it alone.
const stop = () =>
  new Promise<void>((resolve) =>
    server.exitCode !== null
      ? resolve()
      : (server.once('exit', () => resolve()), server.kill('SIGTERM')),
  )
process.on('SIGINT', () => void stop().then(() => process.exit(130)))

const started = Date.now()
for (;;) {
  if (Date.now() - started > 600_000) throw new Error('Server niet klaar na 10 minuten')
  try {
    if ((await fetch(`${base}/api/regios?limit=1`)).ok) break
  } catch {
    // Not listening yet: try again in a second.
  }
  await new Promise((r) => setTimeout(r, 1000))
}
console.log(`Server klaar na ${Math.round((Date.now() - started) / 1000)} s (${fiches} fiches)`)

type Resultaat = { url: string }
const eerste = async (type: string) =>
  (
    (await (await fetch(`${base}/api/zoeken?type=${type}&per=1`)).json()) as {
      resultaten: Resultaat[]
    }
  ).resultaten[0].url

const paginas: [string, string][] = [
  ['aanbod (cached)', await eerste('aanbod')],
  ['organisatie (cached)', await eerste('organisatie')],
  ['praktijk (cached)', await eerste('praktijk')],
  ['over (static, no proxy)', '/over'],
  ['home (cached)', '/'],
  ['zoeken?q=huisarts (per request)', '/zoeken?q=huisarts'],
]

const rows: string[][] = []
for (const [naam, pad] of paginas) {
  await fetch(base + pad)
  await fetch(base + pad)
  if (warmup > 0) await autocannon({ url: base + pad, connections, duration: warmup })
  const result = await autocannon({ url: base + pad, connections, duration })
  rows.push([
    naam,
    pad,
    result.requests.average.toFixed(0),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.errors + result.timeouts),
    String(result.non2xx),
  ])
  console.log(
    `${naam}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  )
}

console.log(
  `\nautocannon, ${connections} verbindingen, ${duration} s per pagina na ${warmup} s opwarmen, next start, ${fiches} fiches`,
)
console.log(['pagina', 'pad', 'req/s', 'p50 ms', 'p99 ms', 'fouten', 'niet-2xx'].join(' | '))
for (const row of rows) console.log(row.join(' | '))
await stop()
process.exit(0)
