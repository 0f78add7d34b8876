/**
 * npm run reindex: rebuilds the whole search index from the database, with a progress bar. Safe
 * while the site serves: searches use the old index until the new one is complete, and changes made
 * meanwhile are replayed afterwards. Run it after a bulk import and periodically (monthly), so the
 * public holidays in the "nu open" filter stay materialised two years ahead.
 */
import './lib/load-env'

import { SingleBar, Presets } from 'cli-progress'

import { bootPayload } from '@/db/bootstrap'
import { getSearchEngine, poolOf } from '@/search/engine'
import { countIndexable, reindexAll } from '@/search/sync/reindex'
import { drainSearchQueue } from '@/search/sync/worker'

const booted = await bootPayload()
const { payload } = booted
const pool = poolOf(payload)
const engine = getSearchEngine(payload)
const total = await countIndexable(pool)
console.log(
  `Zoekindex opnieuw opbouwen (${engine.name}): ${total.toLocaleString('nl-BE')} actieve fiches`,
)
const bar = new SingleBar(
  { format: '  {bar} {percentage}% | {value}/{total} | {duration}s', hideCursor: true },
  Presets.shades_classic,
)
bar.start(total, 0)
const result = await reindexAll(pool, engine, (done) => bar.update(done))
bar.update(result.indexed)
bar.stop()
const drained = await drainSearchQueue(pool, engine)
console.log(
  `Klaar: ${result.indexed.toLocaleString('nl-BE')} documenten in ${(result.elapsedMs / 1000).toFixed(1)} s; ` +
    `${drained.rows} wijziging(en) van tijdens het opbouwen opnieuw toegepast.`,
)
await booted.close()
await booted.database.stop()
process.exit(0)
