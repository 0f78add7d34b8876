import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search needs these: pg_trgm (typo tolerance), unaccent (diëtist = dietist), cube and
 * earthdistance (distance sorting). They ship with the embedded PostgreSQL and with any
 * ordinary PostgreSQL contrib package.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE EXTENSION IF NOT EXISTS cube;
    CREATE EXTENSION IF NOT EXISTS earthdistance;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP EXTENSION IF EXISTS earthdistance;
    DROP EXTENSION IF EXISTS cube;
    DROP EXTENSION IF EXISTS unaccent;
    DROP EXTENSION IF EXISTS pg_trgm;
  `)
}
