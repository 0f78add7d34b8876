import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The pg pool under Payload's PostgreSQL adapter, for the few things the Local API cannot do fast. */
export type PgPool = PostgresAdapter['pool']

export function poolOf(payload: Payload): PgPool {
  return (payload.db as unknown as PostgresAdapter).pool
}
