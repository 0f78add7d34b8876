import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One counter that every change to the search index increases: each server process keeps recent
 * search results and drops them as soon as it sees the counter move (src/search/cache).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE search_state (
      id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      generation bigint NOT NULL DEFAULT 0
    );
    INSERT INTO search_state (id, generation) VALUES (1, 0);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_state;`)
}
