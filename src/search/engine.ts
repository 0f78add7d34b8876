// The one place that picks the search engine, from configuration:
//   SEARCH_ENGINE=postgres (default)  the application's own PostgreSQL, nothing else to run
//   SEARCH_ENGINE=typesense           TYPESENSE_URL, TYPESENSE_API_KEY, TYPESENSE_COLLECTION (alias, default 'fiches')
//   SEARCH_CACHE=off                  no result cache (benchmarks of the engine itself)
import type { Payload } from 'payload'

import { poolOf as payloadPool } from '@/db/pool'

import { withResultCache } from './cache/cached-engine'
import { Generation } from './cache/generation'
import { createPostgresEngine } from './postgres/adapter'
import { createReadPool } from './postgres/read-pool'
import type { Pool } from './sync/worker'
import { createTypesenseEngine } from './typesense'
import type { SearchEngine } from './types'

export type EngineName = 'postgres' | 'typesense'

export function configuredEngineName(env: NodeJS.ProcessEnv = process.env): EngineName {
  const name = (env.SEARCH_ENGINE ?? 'postgres').trim().toLowerCase()
  if (name === 'postgres' || name === 'typesense') return name
  throw new Error(`SEARCH_ENGINE="${env.SEARCH_ENGINE}" is onbekend: kies postgres of typesense.`)
}

/** The pg pool under Payload's PostgreSQL adapter, typed as the search code uses it. */
export function poolOf(payload: Payload): Pool {
  return payloadPool(payload)
}

const engines = new WeakMap<Payload, SearchEngine>()

function createAdapter(payload: Payload, env: NodeJS.ProcessEnv): SearchEngine {
  if (configuredEngineName(env) === 'typesense') {
    if (!env.TYPESENSE_URL || !env.TYPESENSE_API_KEY) {
      throw new Error('SEARCH_ENGINE=typesense vraagt TYPESENSE_URL en TYPESENSE_API_KEY.')
    }
    return createTypesenseEngine({ url: env.TYPESENSE_URL, apiKey: env.TYPESENSE_API_KEY, collection: env.TYPESENSE_COLLECTION || 'fiches' })
  }
  return createPostgresEngine(poolOf(payload), createReadPool(env.DATABASE_URL))
}

/** The configured adapter, behind the result cache unless SEARCH_CACHE=off. */
export function createEngine(payload: Payload, env: NodeJS.ProcessEnv = process.env): SearchEngine {
  const adapter = createAdapter(payload, env)
  if (env.SEARCH_CACHE === 'off') return adapter
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
