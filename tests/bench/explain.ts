/**
 * EXPLAIN ANALYZE of the statements one search sends, on the search benchmark's database:
 * npx tsx tests/bench/explain.ts 'q=zorg&type=aanbod'
 */
import './search-env'

import { bootPayload } from '@/db/bootstrap'
import { poolOf } from '@/search/engine'
import { parseSearchParams } from '@/search/params'
import { createPostgresEngine } from '@/search/postgres/adapter'
import { createReadPool } from '@/search/postgres/read-pool'

const query = process.argv.find((a, i) => i >= 2 && !a.startsWith('--')) ?? 'q=zorg'
const booted = await bootPayload()
const pool = poolOf(booted.payload)
const reads = createReadPool(process.env.DATABASE_URL)
const statements: { text: string; values?: unknown[] }[] = []
const recorder = {
  query: async (text: string, values?: unknown[]) => {
    statements.push({ text, values })
    return reads.query(text, values)
  },
}
await createPostgresEngine(pool, recorder).search(
  parseSearchParams(new URLSearchParams(query)).query,
)
for (const s of statements) {
  const { rows } = await reads.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)
  console.log(
    `\n--- ${s.text.replace(/\s+/g, ' ').slice(0, 160)}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`,
  )
}
await reads.end()
await booted.shutdown()
process.exit(0)
