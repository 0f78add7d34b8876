import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The pg pool under Payload's PostgreSQL adapter, for the few things the Local API cannot do fast. */
export type PgPool = PostgresAdapter['pool']

/** Payload's PostgreSQL adapter, with its pool, drizzle handle and transaction sessions. */
export function postgresOf(payload: Payload): PostgresAdapter {
  if (payload.db.name !== 'postgres') throw new Error(`Verwacht de PostgreSQL-adapter van Payload, niet "${payload.db.name}".`)
  // Payload types payload.db as the adapter of any database, a type the postgres adapter's does not extend.
  return payload.db as unknown as PostgresAdapter
}

export function poolOf(payload: Payload): PgPool {
  return postgresOf(payload).pool
}
