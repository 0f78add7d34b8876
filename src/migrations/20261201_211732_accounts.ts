import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_zorgverlener_status" AS ENUM('aangevraagd', 'goedgekeurd', 'geweigerd');
  ALTER TABLE "users" ADD COLUMN "email_verified" boolean;
  ALTER TABLE "users" ADD COLUMN "riziv_nummer" varchar;
  ALTER TABLE "users" ADD COLUMN "zorgverlener_status" "enum_users_zorgverlener_status";
  ALTER TABLE "users" ADD COLUMN "zorgverlener_fiche_id" integer;
  ALTER TABLE "users" ADD COLUMN "zorgverlener_regio_id" integer;
  ALTER TABLE "users" ADD CONSTRAINT "users_zorgverlener_fiche_id_zorgverleners_id_fk" FOREIGN KEY ("zorgverlener_fiche_id") REFERENCES "public"."zorgverleners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_zorgverlener_regio_id_regios_id_fk" FOREIGN KEY ("zorgverlener_regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_zorgverlener_status_idx" ON "users" USING btree ("zorgverlener_status");
  CREATE INDEX "users_zorgverlener_fiche_idx" ON "users" USING btree ("zorgverlener_fiche_id");
  CREATE INDEX "users_zorgverlener_regio_idx" ON "users" USING btree ("zorgverlener_regio_id");`)

  // Written by hand: the mail queue (src/mail/outbox.ts, worker.ts) and the one-use links of the
  // account journeys (src/accounts/tokens.ts). Neither is a Payload collection: nobody edits them.
  await db.execute(sql`
    CREATE TABLE mail_outbox (
      id bigserial PRIMARY KEY,
      recipients jsonb NOT NULL,
      subject text NOT NULL,
      html text NOT NULL,
      text text NOT NULL,
      reply_to text,
      created_at timestamptz NOT NULL DEFAULT now(),
      available_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      sent_at timestamptz
    );
    CREATE INDEX mail_outbox_due_idx ON mail_outbox (available_at, id) WHERE sent_at IS NULL;
    CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;

    CREATE TABLE account_tokens (
      id bigserial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('email-bevestigen', 'email-wijzigen')),
      token_hash text NOT NULL UNIQUE,
      email text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS account_tokens; DROP TABLE IF EXISTS mail_outbox;`)
  await db.execute(sql`
   ALTER TABLE "users" DROP CONSTRAINT "users_zorgverlener_fiche_id_zorgverleners_id_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_zorgverlener_regio_id_regios_id_fk";
  
  DROP INDEX "users_zorgverlener_status_idx";
  DROP INDEX "users_zorgverlener_fiche_idx";
  DROP INDEX "users_zorgverlener_regio_idx";
  ALTER TABLE "users" DROP COLUMN "email_verified";
  ALTER TABLE "users" DROP COLUMN "riziv_nummer";
  ALTER TABLE "users" DROP COLUMN "zorgverlener_status";
  ALTER TABLE "users" DROP COLUMN "zorgverlener_fiche_id";
  ALTER TABLE "users" DROP COLUMN "zorgverlener_regio_id";
  DROP TYPE "public"."enum_users_zorgverlener_status";`)
}
