/**
 * Demo generator speed and memory: npx tsx tests/bench/seed.ts [--fiches N] [--local | --bulk]
 * Prints fiches/s and peak RSS; asserts nothing.
 */
import './bench-env'

import { bootPayload } from '@/db/bootstrap'
import { seedDemo } from '@/seed'

const args = process.argv.slice(2)
const fiches = Number(args[args.indexOf('--fiches') + 1] ?? 3000) || 3000
const mode = args.includes('--bulk') ? 'bulk' : args.includes('--local') ? 'local' : 'auto'

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200)
const booted = await bootPayload()
const started = Date.now()
const summary = await seedDemo(booted.payload, { fiches, password: 'bench', mode })
const seconds = (Date.now() - started) / 1000
clearInterval(sampler)
console.log(
  `seed ${fiches} fiches (${mode}): ${seconds.toFixed(1)} s, ${(fiches / seconds).toFixed(0)} fiches/s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
)
console.log(`mode used: ${summary.mode}; rows: ${JSON.stringify(summary.counts)}`)
await booted.shutdown()
process.exit(0)
