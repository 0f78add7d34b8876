// The types of @payloadcms/db-postgres extend Payload's DatabaseAdapter with the postgres adapter's
// own members (pool, drizzle, sessions), so payload.db is typed as the postgres adapter it is.
import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The pg pool under Payload's PostgreSQL adapter, for the few things the Local API cannot do fast. */
export type PgPool = Payload['db']['pool']

export function poolOf(payload: Payload): PgPool {
  return payload.db.pool
}
