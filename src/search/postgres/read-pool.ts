// Searches run on their own small pool with planner settings of their own. The planner cannot see
// that checking a fiche's text outside the text index means fetching it from TOAST storage (about
// 5 ms per 1,000 fiches), so for a broad word it picked a sequential scan or another index and spent
// a second where the text index takes tens of milliseconds (tests/bench/search.ts). Search queries
// always have an index to use: the text, facet, location or name index.
// No parallel workers: on the two cores a search has, starting them cost more than they saved
// (facets of a broad word 112 ms with two workers, 69 ms without), and concurrent searches would
// only take each other's cores.
import pg from 'pg'

export const SEARCH_SESSION_OPTIONS =
  '-c enable_seqscan=off -c random_page_cost=1.1 -c work_mem=16MB -c max_parallel_workers_per_gather=0'

export function createReadPool(connectionString: string | undefined, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    options: SEARCH_SESSION_OPTIONS,
    allowExitOnIdle: true,
  })
  // An idle connection the server dropped (restart, failover) must not take the process down.
  pool.on('error', () => undefined)
  return pool
}
