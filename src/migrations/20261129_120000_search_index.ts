import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The PostgreSQL search engine's tables (src/search/postgres) and the sync outbox (src/search/sync).
 * They are not Payload collections: Payload never reads them, and the search adapter needs column
 * types Payload has no field for (tsvector, earth, int4multirange).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE search_documents (
      id text PRIMARY KEY,
      type text NOT NULL,
      doc_id integer NOT NULL,
      naam_sort text NOT NULL,
      naam_norm text NOT NULL,
      document jsonb NOT NULL,
      tekst tsvector NOT NULL,
      rubriek_ids integer[] NOT NULL DEFAULT '{}',
      nis_codes text[] NOT NULL DEFAULT '{}',
      doelgroepen text[] NOT NULL DEFAULT '{}',
      beroepen text[] NOT NULL DEFAULT '{}',
      beroep_termen text[] NOT NULL DEFAULT '{}',
      locatie earth,
      week_open int4multirange,
      special_days integer[],
      special_open int4multirange,
      indexed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX search_documents_tekst_idx ON search_documents USING gin (tekst);
    CREATE INDEX search_documents_rubriek_idx ON search_documents USING gin (rubriek_ids);
    CREATE INDEX search_documents_nis_idx ON search_documents USING gin (nis_codes);
    CREATE INDEX search_documents_doelgroep_idx ON search_documents USING gin (doelgroepen);
    CREATE INDEX search_documents_beroep_idx ON search_documents USING gin (beroepen);
    CREATE INDEX search_documents_locatie_idx ON search_documents USING gist (locatie);
    CREATE INDEX search_documents_naam_idx ON search_documents (naam_sort, id);
    CREATE INDEX search_documents_type_idx ON search_documents (type);

    CREATE TABLE search_terms (
      term text PRIMARY KEY,
      documenten integer NOT NULL DEFAULT 0
    );
    CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops);

    CREATE TABLE search_outbox (
      id bigserial PRIMARY KEY,
      collection text NOT NULL,
      doc_id integer NOT NULL,
      enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      available_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      processed_at timestamptz
    );
    CREATE INDEX search_outbox_pending_idx ON search_outbox (available_at, id) WHERE processed_at IS NULL;
    CREATE INDEX search_outbox_processed_idx ON search_outbox (processed_at) WHERE processed_at IS NOT NULL;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS search_outbox;
    DROP TABLE IF EXISTS search_terms;
    DROP TABLE IF EXISTS search_documents;
  `)
}
