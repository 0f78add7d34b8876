import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Download jobs live in their own table, not in a Payload collection: nothing about them is ever
 * served through REST or GraphQL, only through /account/downloads/<token> to the owner. The worker
 * claims rows with FOR UPDATE SKIP LOCKED, like mail_outbox and search_outbox.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE downloads (
      id bigserial PRIMARY KEY,
      eigenaar_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token text NOT NULL UNIQUE,
      formaat text NOT NULL CHECK (formaat IN ('csv', 'xlsx')),
      titel text NOT NULL,
      bron jsonb NOT NULL,
      -- The site address the request came in on: the worker mails the link without a request.
      site text NOT NULL,
      status text NOT NULL DEFAULT 'wachtrij' CHECK (status IN ('wachtrij', 'bezig', 'klaar', 'mislukt')),
      gedaan integer NOT NULL DEFAULT 0,
      totaal integer,
      bestand text,
      fout text,
      created_at timestamptz NOT NULL DEFAULT now(),
      gestart_op timestamptz,
      klaar_op timestamptz,
      verloopt_op timestamptz NOT NULL DEFAULT now() + interval '7 days'
    );
    CREATE INDEX downloads_eigenaar_idx ON downloads (eigenaar_id, created_at DESC);
    CREATE INDEX downloads_wachtrij_idx ON downloads (id) WHERE status = 'wachtrij';
    CREATE INDEX downloads_verloopt_idx ON downloads (verloopt_op);
    CREATE TABLE doorgestuurd (
      id bigserial PRIMARY KEY,
      afzender_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX doorgestuurd_afzender_idx ON doorgestuurd (afzender_id, created_at);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS doorgestuurd; DROP TABLE IF EXISTS downloads;`)
}
