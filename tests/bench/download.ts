/**
 * How long a download of 10,000 fiches takes, and what it costs the site meanwhile:
 *   npx tsx tests/bench/download.ts [--fiches 12000] [--rows 10000] [--fresh]
 * Seeds the fiches once (like tests/bench/search.ts, smaller), then makes the CSV and the XLSX of
 * "all fiches" the way the worker does (search, read in batches, stream to disk), each timed with
 * the peak RSS seen during it. Then times a few searches idle and while a file is being made.
 * Prints the figures; asserts nothing.
 */
import './download-env'

import { stat } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'

import { bootPayload } from '@/db/bootstrap'
import { loadFiches, refsOfSource } from '@/downloads/source'
import type { DownloadJob } from '@/downloads/jobs'
import { makeFile } from '@/downloads/worker'
import { countIndexable, reindexAll } from '@/search/sync/reindex'
import { getSearchEngine, poolOf } from '@/search/engine'
import { runSearch } from '@/search/service'
import { seedDemo } from '@/seed'

const args = process.argv.slice(2)
const arg = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback
const fiches = arg('--fiches', 12_000)
const rows = arg('--rows', 10_000)

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

const booted = await bootPayload()
const { payload } = booted
const pool = poolOf(payload)
if ((await payload.count({ collection: 'organisaties', overrideAccess: true })).totalDocs === 0) {
  console.log(`Seeding ${fiches.toLocaleString('en')} fiches...`)
  const summary = await seedDemo(payload, { fiches, password: 'bench', mode: 'bulk' })
  console.log(`  seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s`)
  await reindexAll(pool, getSearchEngine(payload))
}
console.log(`Database: ${(await countIndexable(pool)).toLocaleString('en')} active fiches`)
const idleRss = process.memoryUsage().rss
console.log(`RSS before the downloads: ${mb(idleRss)}`)

const job = (formaat: 'csv' | 'xlsx'): DownloadJob => ({
  id: 0,
  eigenaarId: 0,
  token: `bench-${formaat}-${Date.now()}`,
  formaat,
  titel: 'bench',
  bron: { soort: 'zoekopdracht', zoekopdracht: '' },
  site: 'http://localhost:3000',
  status: 'bezig',
  gedaan: 0,
  totaal: null,
  bestand: null,
  fout: null,
  aangemaakt: new Date(),
  klaarOp: null,
  verlooptOp: new Date(),
})

async function searchTimes(n: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await runSearch(
      payload,
      new URLSearchParams(
        `q=${['zorg', 'huisarts', 'thuiszorg', 'kind'][i % 4]}&pagina=${(i % 10) + 1}`,
      ),
    )
    times.push(performance.now() - t)
  }
  return times
}
const p = (values: number[], q: number) =>
  [...values]
    .sort((a, b) => a - b)
    [Math.min(values.length - 1, Math.floor(values.length * q))].toFixed(0)

await searchTimes(5)
const idle = await searchTimes(40)

for (const formaat of ['csv', 'xlsx'] as const) {
  peakRss = process.memoryUsage().rss
  const t = performance.now()
  const { pad, aantal } = await makeFile(
    payload,
    { ...job(formaat), bron: { soort: 'zoekopdracht', zoekopdracht: '' } },
    async () => undefined,
    rows,
  )
  const seconds = (performance.now() - t) / 1000
  console.log(
    `${formaat.toUpperCase()}: ${aantal.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(aantal / seconds)} rows/s), ${mb((await stat(pad)).size)} on disk, peak RSS ${mb(peakRss)} (+${mb(peakRss - idleRss)})`,
  )
  if (aantal < Math.min(rows, 10_000))
    console.log(`  (only ${aantal} rows: seed more fiches with --fresh --fiches N)`)
}

const during = await Promise.all([
  makeFile(payload, job('xlsx'), async () => undefined, rows),
  searchTimes(40),
]).then(([, times]) => times)
console.log(
  `Search p50/p95 idle: ${p(idle, 0.5)}/${p(idle, 0.95)} ms; while an XLSX is made: ${p(during, 0.5)}/${p(during, 0.95)} ms`,
)
{
  const t = performance.now()
  // Last: it reads all fiches at once (the worker reads 250 at a time), which would inflate the peaks above.
  const { refs } = await refsOfSource(payload, { soort: 'zoekopdracht', zoekopdracht: '' }, rows)
  const t2 = performance.now()
  await loadFiches(payload, refs)
  console.log(
    `Phases for ${refs.length.toLocaleString('en')} fiches: paging through the search ${((t2 - t) / 1000).toFixed(1)} s, reading the fiches ${((performance.now() - t2) / 1000).toFixed(1)} s`,
  )
}
clearInterval(sampler)
await booted.shutdown()
process.exit(0)
