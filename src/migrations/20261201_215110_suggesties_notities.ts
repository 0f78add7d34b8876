import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_suggesties_fiche_soort" AS ENUM('aanbod', 'organisatie', 'praktijk', 'zorgverlener');
  CREATE TYPE "public"."enum_suggesties_onderdeel" AS ENUM('naam', 'adres', 'contact', 'openingsuren', 'beschrijving', 'doelgroep', 'aanmelding', 'zorgverleners', 'gestopt', 'anders');
  CREATE TYPE "public"."enum_suggesties_status" AS ENUM('nieuw', 'in_behandeling', 'verwerkt', 'afgewezen');
  CREATE TYPE "public"."enum_notities_fiche_soort" AS ENUM('aanbod', 'organisatie', 'praktijk', 'zorgverlener');
  CREATE TABLE "suggesties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiche_soort" "enum_suggesties_fiche_soort" NOT NULL,
  	"fiche_id" numeric NOT NULL,
  	"fiche_naam" varchar,
  	"onderdeel" "enum_suggesties_onderdeel" NOT NULL,
  	"voorstel" varchar NOT NULL,
  	"afzender_naam" varchar,
  	"afzender_email" varchar,
  	"afzender_id" integer,
  	"status" "enum_suggesties_status" DEFAULT 'nieuw' NOT NULL,
  	"antwoord" varchar,
  	"behandeld_door_id" integer,
  	"behandeld_op" timestamp(3) with time zone,
  	"regio_id" integer,
  	"organisatie_id" integer,
  	"praktijk_id" integer,
  	"zorgverlener_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "suggesties_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notities_id" integer;
  ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_afzender_id_users_id_fk" FOREIGN KEY ("afzender_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_behandeld_door_id_users_id_fk" FOREIGN KEY ("behandeld_door_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_regio_id_regios_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_praktijk_id_praktijken_id_fk" FOREIGN KEY ("praktijk_id") REFERENCES "public"."praktijken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_zorgverlener_id_zorgverleners_id_fk" FOREIGN KEY ("zorgverlener_id") REFERENCES "public"."zorgverleners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notities" ADD CONSTRAINT "notities_eigenaar_id_users_id_fk" FOREIGN KEY ("eigenaar_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "suggesties_fiche_id_idx" ON "suggesties" USING btree ("fiche_id");
  CREATE INDEX "suggesties_afzender_idx" ON "suggesties" USING btree ("afzender_id");
  CREATE INDEX "suggesties_status_idx" ON "suggesties" USING btree ("status");
  CREATE INDEX "suggesties_behandeld_door_idx" ON "suggesties" USING btree ("behandeld_door_id");
  CREATE INDEX "suggesties_regio_idx" ON "suggesties" USING btree ("regio_id");
  CREATE INDEX "suggesties_organisatie_idx" ON "suggesties" USING btree ("organisatie_id");
  CREATE INDEX "suggesties_praktijk_idx" ON "suggesties" USING btree ("praktijk_id");
  CREATE INDEX "suggesties_zorgverlener_idx" ON "suggesties" USING btree ("zorgverlener_id");
  CREATE INDEX "suggesties_updated_at_idx" ON "suggesties" USING btree ("updated_at");
  CREATE INDEX "suggesties_created_at_idx" ON "suggesties" USING btree ("created_at");
  CREATE INDEX "notities_fiche_id_idx" ON "notities" USING btree ("fiche_id");
  CREATE INDEX "notities_eigenaar_idx" ON "notities" USING btree ("eigenaar_id");
  CREATE INDEX "notities_updated_at_idx" ON "notities" USING btree ("updated_at");
  CREATE INDEX "notities_created_at_idx" ON "notities" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_suggesties_fk" FOREIGN KEY ("suggesties_id") REFERENCES "public"."suggesties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notities_fk" FOREIGN KEY ("notities_id") REFERENCES "public"."notities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_suggesties_id_idx" ON "payload_locked_documents_rels" USING btree ("suggesties_id");
  CREATE INDEX "payload_locked_documents_rels_notities_id_idx" ON "payload_locked_documents_rels" USING btree ("notities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "suggesties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notities" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "suggesties" CASCADE;
  DROP TABLE "notities" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_suggesties_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notities_fk";
  
  DROP INDEX "payload_locked_documents_rels_suggesties_id_idx";
  DROP INDEX "payload_locked_documents_rels_notities_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "suggesties_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notities_id";
  DROP TYPE "public"."enum_suggesties_fiche_soort";
  DROP TYPE "public"."enum_suggesties_onderdeel";
  DROP TYPE "public"."enum_suggesties_status";
  DROP TYPE "public"."enum_notities_fiche_soort";`)
}
