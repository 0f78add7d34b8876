/**
 * Search speed on a large map: npx tsx tests/bench/search.ts [--fiches 200000] [--runs 200] [--fresh]
 * Seeds the fiches once (bulk SQL) into its own database, rebuilds the index (timed), then runs a
 * query mix three ways: through GET /api/zoeken's handler (parse, engine, presentation, JSON), as
 * the raw SQL that very search sent (recorded, then replayed the same way), and as the naive Payload
 * query `where[naam][like]`. Prints p50/p95/p99 per query and peak RSS; asserts nothing.
 * SEARCH_CACHE=off measures the engine itself; without it repeated searches hit the result cache.
 */
import './search-env'

import { performance } from 'node:perf_hooks'

import { GET as zoekenApi } from '../../app/(frontend)/api/zoeken/route'
import { bootPayload } from '@/db/bootstrap'
import { createPostgresEngine } from '@/search/postgres/adapter'
import { createReadPool } from '@/search/postgres/read-pool'
import { getSearchEngine, poolOf } from '@/search/engine'
import { parseSearchParams } from '@/search/params'
import { countIndexable, reindexAll } from '@/search/sync/reindex'
import { seedDemo } from '@/seed'

const args = process.argv.slice(2)
const arg = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback
const fiches = arg('--fiches', 200_000)
const runs = arg('--runs', 200)
const naiveRuns = arg('--naive-runs', 20)

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)

const booted = await bootPayload()
const { payload } = booted
const pool = poolOf(payload)

if ((await payload.count({ collection: 'organisaties', overrideAccess: true })).totalDocs === 0) {
  console.log(`Seeding ${fiches.toLocaleString('en')} fiches (bulk SQL)...`)
  const summary = await seedDemo(payload, {
    fiches,
    password: 'bench',
    mode: fiches > 10_000 ? 'bulk' : 'auto',
  })
  console.log(
    `  seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s (index built within it in ${(summary.zoekindex.elapsedMs / 1000).toFixed(1)} s)`,
  )
}
const indexable = await countIndexable(pool)
console.log(`Database: ${indexable.toLocaleString('en')} active fiches to index`)

const reindex = await reindexAll(pool, getSearchEngine(payload))
console.log(
  `Full reindex: ${reindex.indexed.toLocaleString('en')} documents in ${(reindex.elapsedMs / 1000).toFixed(1)} s (${Math.round(reindex.indexed / (reindex.elapsedMs / 1000)).toLocaleString('en')} docs/s); phases (s): ${Object.entries(
    reindex.phases ?? {},
  )
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
    .join(', ')}`,
)
if (args.includes('--reindex-only')) {
  await booted.shutdown()
  process.exit(0)
}
await pool.query('VACUUM ANALYZE search_documents')

// Query parameters from the data itself, so the mix has real hits at any size.
const {
  rows: [rare],
} = await pool.query<{ woord: string }>(
  `SELECT w AS woord FROM (SELECT unnest(string_to_array(lower(naam), ' ')) AS w FROM organisaties WHERE status = 'actief' LIMIT 5000) t
   WHERE length(w) >= 7 AND w ~ '^[a-z]+$' GROUP BY w HAVING count(*) = 1 LIMIT 1`,
)
const {
  rows: [top],
} = await pool.query<{ id: number }>(
  `SELECT id FROM rubrieken WHERE parent_id IS NULL ORDER BY code LIMIT 1 OFFSET 1`,
)
const mix: [name: string, query: string][] = [
  ['selective text', `q=${rare?.woord ?? 'nottebohm'}`],
  ['broad text', 'q=zorg'],
  ['text + radius', 'q=huisarts&waar=Gent&afstand=10'],
  ['facets', 'type=aanbod&doelgroep=ouderen&gemeente=11002'],
  ['typo', 'q=kinesitherapuet'],
  ['browse rubriek', `rubriek=${top?.id}`],
  ['nu open + text', 'q=huisarts&open=1'],
  ['prefix (typing)', 'q=woonzorgc'],
]

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
type Stats = { p50: number; p95: number; p99: number }
async function measure(times: number, run: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < Math.min(10, times); i++) await run()
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return { p50: pct(samples, 50), p95: pct(samples, 95), p99: pct(samples, 99) }
}

// The searches' own pool (same session settings as the engine's), for the raw-SQL baseline.
const reads = createReadPool(process.env.DATABASE_URL)

// The statements one search sends, recorded through a pool wrapper, for the raw-SQL baseline.
type Statement = { text: string; values?: unknown[] }
async function recordStatements(query: string): Promise<Statement[]> {
  const statements: Statement[] = []
  const recorder = {
    query: async (text: string, values?: unknown[]) => {
      statements.push({ text, values })
      return reads.query(text, values)
    },
  }
  await createPostgresEngine(pool, recorder).search(
    parseSearchParams(new URLSearchParams(query)).query,
  )
  return statements
}

// The typo check goes first, one statement after the other; the page and the facet counts then go
// out side by side, as the adapter sends them.
const isTypoCheck = (s: Statement) => /search_terms|EXISTS \(SELECT 1 FROM/.test(s.text)
async function replay(statements: Statement[]) {
  for (const s of statements.filter(isTypoCheck)) await reads.query(s.text, s.values)
  await Promise.all(
    statements.filter((s) => !isTypoCheck(s)).map((s) => reads.query(s.text, s.values)),
  )
}

const cache =
  process.env.SEARCH_CACHE === 'off'
    ? 'off (every search computed: cold figures)'
    : 'on (repeated searches come from the per-process result cache)'
console.log(`\nResult cache: ${cache}`)
const fmt = (s: Stats) =>
  `${s.p50.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)} ${s.p99.toFixed(1).padStart(7)}`
console.log(
  `\nQuery mix, ${runs} runs each (ms)          API p50     p95     p99 |  raw SQL p50     p95     p99 | API/raw p95 | hits`,
)
for (const [name, query] of mix) {
  const api = await measure(runs, async () => {
    const response = await zoekenApi(new Request(`http://localhost/api/zoeken?${query}`))
    await response.text()
  })
  const statements = await recordStatements(query)
  const raw = await measure(runs, () => replay(statements))
  const body = await (await zoekenApi(new Request(`http://localhost/api/zoeken?${query}`))).json()
  console.log(
    `${`${name} (${query})`.slice(0, 40).padEnd(40)} ${fmt(api)} | ${fmt(raw)}     | ${(api.p95 / raw.p95).toFixed(2).padStart(6)}x   | ${body.total}`,
  )
}

const naive = await measure(naiveRuns, () =>
  payload.find({
    collection: 'aanbod',
    where: { naam: { like: 'huisarts' } },
    limit: 20,
    depth: 0,
    overrideAccess: true,
  }),
)
const viaApi = await measure(runs, async () =>
  (await zoekenApi(new Request('http://localhost/api/zoeken?q=huisarts&type=aanbod'))).text(),
)
console.log(
  `\nNaive Payload where[naam][like]=huisarts on aanbod (${naiveRuns} runs): p50 ${naive.p50.toFixed(1)} p95 ${naive.p95.toFixed(1)} p99 ${naive.p99.toFixed(1)} ms`,
)
console.log(
  `Search API q=huisarts&type=aanbod (${runs} runs):              p50 ${viaApi.p50.toFixed(1)} p95 ${viaApi.p95.toFixed(1)} p99 ${viaApi.p99.toFixed(1)} ms`,
)
console.log(
  `Search API is ${(naive.p95 / viaApi.p95).toFixed(1)}x faster at p95 (${(naive.p50 / viaApi.p50).toFixed(1)}x at p50)`,
)
const {
  rows: [size],
} = await pool.query<{ table: string; total: string }>(
  `SELECT pg_size_pretty(pg_relation_size('search_documents')) AS table, pg_size_pretty(pg_total_relation_size('search_documents')) AS total`,
)
console.log(
  `Index size: table ${size?.table}, with indexes ${size?.total}; peak RSS of this process ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
)
clearInterval(sampler)
await reads.end()
await booted.shutdown()
process.exit(0)
