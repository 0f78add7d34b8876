// The one place that picks the search engine, from configuration:
//   SEARCH_ENGINE=postgres (default)  the application's own PostgreSQL, nothing else to run
//   SEARCH_ENGINE=typesense           TYPESENSE_URL, TYPESENSE_API_KEY, TYPESENSE_COLLECTION (alias, default 'fiches')
import type { Payload } from 'payload'

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

/** The pg pool under Payload's PostgreSQL adapter. */
export function poolOf(payload: Payload): Pool {
  return (payload.db as unknown as { pool: Pool }).pool
}

const engines = new WeakMap<Payload, SearchEngine>()

export function createEngine(payload: Payload, env: NodeJS.ProcessEnv = process.env): SearchEngine {
  if (configuredEngineName(env) === 'typesense') {
    if (!env.TYPESENSE_URL || !env.TYPESENSE_API_KEY) {
      throw new Error('SEARCH_ENGINE=typesense vraagt TYPESENSE_URL en TYPESENSE_API_KEY.')
    }
    return createTypesenseEngine({ url: env.TYPESENSE_URL, apiKey: env.TYPESENSE_API_KEY, collection: env.TYPESENSE_COLLECTION || 'fiches' })
  }
  return createPostgresEngine(poolOf(payload), createReadPool(env.DATABASE_URL))
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
