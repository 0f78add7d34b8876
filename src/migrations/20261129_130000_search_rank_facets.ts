import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two columns that keep broad searches fast on a large map (measured in tests/bench/search.ts):
 * `rang`, a small tsvector of only the name and what a fiche is (ranking reads it for every match,
 * instead of the whole text), and `facet_keys`, every facet value of a document as one integer, so
 * that all facet counts come from a single pass over the matches.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE search_documents ADD COLUMN rang tsvector NOT NULL DEFAULT ''::tsvector;
    ALTER TABLE search_documents ADD COLUMN facet_keys integer[] NOT NULL DEFAULT '{}';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE search_documents DROP COLUMN IF EXISTS facet_keys;
    ALTER TABLE search_documents DROP COLUMN IF EXISTS rang;
  `)
}
