import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notities_fiche_soort" AS ENUM('aanbod', 'organisatie', 'praktijk', 'zorgverlener');
  CREATE TABLE "notities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiche_soort" "enum_notities_fiche_soort" NOT NULL,
  	"fiche_id" numeric NOT NULL,
  	"fiche_naam" varchar,
  	"versleuteld" varchar,
  	"eigenaar_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notities_id" integer;
  ALTER TABLE "notities" ADD CONSTRAINT "notities_eigenaar_id_users_id_fk" FOREIGN KEY ("eigenaar_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notities_fiche_id_idx" ON "notities" USING btree ("fiche_id");
  CREATE INDEX "notities_eigenaar_idx" ON "notities" USING btree ("eigenaar_id");
  CREATE INDEX "notities_updated_at_idx" ON "notities" USING btree ("updated_at");
  CREATE INDEX "notities_created_at_idx" ON "notities" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notities_fk" FOREIGN KEY ("notities_id") REFERENCES "public"."notities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notities_id_idx" ON "payload_locked_documents_rels" USING btree ("notities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notities" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notities" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notities_fk";
  
  DROP INDEX "payload_locked_documents_rels_notities_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notities_id";
  DROP TYPE "public"."enum_notities_fiche_soort";`)
}
