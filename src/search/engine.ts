// The one place that picks the search engine, from configuration:
//   SEARCH_ENGINE=postgres (default)  the application's own PostgreSQL, nothing else to run
//   SEARCH_ENGINE=typesense           TYPESENSE_URL, TYPESENSE_API_KEY, TYPESENSE_COLLECTION (alias, default 'fiches')
//   SEARCH_CACHE=off                  no result cache (benchmarks of the engine itself)
import type { Payload } from 'payload'

import { type Env, getConfig } from '@/config'
import { poolOf as payloadPool } from '@/db/pool'

import { withResultCache } from './cache/cached-engine'
import { Generation } from './cache/generation'
import { createPostgresEngine } from './postgres/adapter'
import { createReadPool } from './postgres/read-pool'
import type { Pool } from './sync/worker'
import { createTypesenseEngine } from './typesense'
import type { SearchEngine } from './types'

/** The pg pool under Payload's PostgreSQL adapter, typed as the search code uses it. */
export function poolOf(payload: Payload): Pool {
  return payloadPool(payload)
}

const engines = new WeakMap<Payload, SearchEngine>()

function createAdapter(payload: Payload, env?: Env): SearchEngine {
  // The config refuses SEARCH_ENGINE=typesense without TYPESENSE_URL and TYPESENSE_API_KEY.
  const { typesense } = getConfig(env).search
  if (typesense) return createTypesenseEngine(typesense)
  return createPostgresEngine(
    poolOf(payload),
    createReadPool(getConfig(env).database.url ?? undefined),
  )
}

/** The configured adapter, behind the result cache unless SEARCH_CACHE=off. */
export function createEngine(payload: Payload, env?: Env): SearchEngine {
  const adapter = createAdapter(payload, env)
  if (!getConfig(env).search.cache) return adapter
  return withResultCache(adapter, new Generation(poolOf(payload)))
}

/** The configured engine for this Payload instance (one per process). */
export function getSearchEngine(payload: Payload): SearchEngine {
  let engine = engines.get(payload)
  if (!engine) {
    engine = createEngine(payload)
    engines.set(payload, engine)
  }
  return engine
}
