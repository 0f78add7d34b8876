import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two columns that keep broad searches fast on a large map (measured in tests/bench/search.ts):
 * `rang`, a small tsvector of only the name and what a fiche is (ranking reads it for every match,
 * instead of the whole text), and `facet_keys`, every facet value of a document as one integer, so
 * that all facet counts come from a single pass over the matches. The btree on `type` goes: with
 * four values it never narrows much, yet the planner preferred it to the text index and then read
 * the full text of every fiche of that type. And the wide columns (the stored document, the text,
 * the holiday hours) are moved out of the row, so a scan over many matches reads 5x fewer pages,
 * while what every match needs (ranking words, facet keys, week hours) stays in it (STORAGE MAIN).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE search_documents ADD COLUMN rang tsvector NOT NULL DEFAULT ''::tsvector;
    ALTER TABLE search_documents ADD COLUMN facet_keys integer[] NOT NULL DEFAULT '{}';
    DROP INDEX IF EXISTS search_documents_type_idx;
    ALTER TABLE search_documents SET (toast_tuple_target = 256);
    ALTER TABLE search_documents
      ALTER COLUMN rang SET STORAGE MAIN, ALTER COLUMN facet_keys SET STORAGE MAIN,
      ALTER COLUMN rubriek_ids SET STORAGE MAIN, ALTER COLUMN nis_codes SET STORAGE MAIN,
      ALTER COLUMN doelgroepen SET STORAGE MAIN, ALTER COLUMN beroepen SET STORAGE MAIN,
      ALTER COLUMN beroep_termen SET STORAGE MAIN, ALTER COLUMN week_open SET STORAGE MAIN,
      ALTER COLUMN special_days SET STORAGE MAIN, ALTER COLUMN naam_sort SET STORAGE MAIN,
      ALTER COLUMN naam_norm SET STORAGE MAIN;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE search_documents RESET (toast_tuple_target);
    CREATE INDEX IF NOT EXISTS search_documents_type_idx ON search_documents (type);
    ALTER TABLE search_documents DROP COLUMN IF EXISTS facet_keys;
    ALTER TABLE search_documents DROP COLUMN IF EXISTS rang;
  `)
}
