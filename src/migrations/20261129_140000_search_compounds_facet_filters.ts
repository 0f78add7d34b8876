import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Filters use the facet keys (one GIN index instead of four arrays with four indexes), and the text
 * vector is now built from the folded words as they are (array_to_tsvector), with compound parts
 * under a marker. Vectors from before cannot be converted in SQL, so the index is emptied: the next
 * `npm start` (or `npm run reindex`) rebuilds it, and the outbox keeps every change meanwhile.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    TRUNCATE search_documents, search_terms;
    DROP INDEX IF EXISTS search_documents_rubriek_idx;
    DROP INDEX IF EXISTS search_documents_nis_idx;
    DROP INDEX IF EXISTS search_documents_doelgroep_idx;
    DROP INDEX IF EXISTS search_documents_beroep_idx;
    ALTER TABLE search_documents DROP COLUMN rubriek_ids, DROP COLUMN nis_codes, DROP COLUMN doelgroepen, DROP COLUMN beroepen;
    CREATE INDEX search_documents_facet_idx ON search_documents USING gin (facet_keys);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    TRUNCATE search_documents, search_terms;
    DROP INDEX IF EXISTS search_documents_facet_idx;
    ALTER TABLE search_documents
      ADD COLUMN rubriek_ids integer[] NOT NULL DEFAULT '{}', ADD COLUMN nis_codes text[] NOT NULL DEFAULT '{}',
      ADD COLUMN doelgroepen text[] NOT NULL DEFAULT '{}', ADD COLUMN beroepen text[] NOT NULL DEFAULT '{}';
    CREATE INDEX search_documents_rubriek_idx ON search_documents USING gin (rubriek_ids);
    CREATE INDEX search_documents_nis_idx ON search_documents USING gin (nis_codes);
    CREATE INDEX search_documents_doelgroep_idx ON search_documents USING gin (doelgroepen);
    CREATE INDEX search_documents_beroep_idx ON search_documents USING gin (beroepen);
  `)
}
