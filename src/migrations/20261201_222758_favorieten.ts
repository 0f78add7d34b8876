import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_lijsten_fiches_fiche_soort" AS ENUM('aanbod', 'organisatie', 'praktijk', 'zorgverlener');
  CREATE TABLE "zoekopdrachten" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"zoekopdracht" varchar,
  	"deeltoken" varchar,
  	"eigenaar_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "lijsten_fiches" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"fiche_soort" "enum_lijsten_fiches_fiche_soort" NOT NULL,
  	"fiche_id" numeric NOT NULL
  );
  
  CREATE TABLE "lijsten" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"deeltoken" varchar,
  	"eigenaar_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "zoekopdrachten_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lijsten_id" integer;
  ALTER TABLE "zoekopdrachten" ADD CONSTRAINT "zoekopdrachten_eigenaar_id_users_id_fk" FOREIGN KEY ("eigenaar_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lijsten_fiches" ADD CONSTRAINT "lijsten_fiches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lijsten"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lijsten" ADD CONSTRAINT "lijsten_eigenaar_id_users_id_fk" FOREIGN KEY ("eigenaar_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "zoekopdrachten_deeltoken_idx" ON "zoekopdrachten" USING btree ("deeltoken");
  CREATE INDEX "zoekopdrachten_eigenaar_idx" ON "zoekopdrachten" USING btree ("eigenaar_id");
  CREATE INDEX "zoekopdrachten_updated_at_idx" ON "zoekopdrachten" USING btree ("updated_at");
  CREATE INDEX "zoekopdrachten_created_at_idx" ON "zoekopdrachten" USING btree ("created_at");
  CREATE INDEX "lijsten_fiches_order_idx" ON "lijsten_fiches" USING btree ("_order");
  CREATE INDEX "lijsten_fiches_parent_id_idx" ON "lijsten_fiches" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "lijsten_deeltoken_idx" ON "lijsten" USING btree ("deeltoken");
  CREATE INDEX "lijsten_eigenaar_idx" ON "lijsten" USING btree ("eigenaar_id");
  CREATE INDEX "lijsten_updated_at_idx" ON "lijsten" USING btree ("updated_at");
  CREATE INDEX "lijsten_created_at_idx" ON "lijsten" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zoekopdrachten_fk" FOREIGN KEY ("zoekopdrachten_id") REFERENCES "public"."zoekopdrachten"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lijsten_fk" FOREIGN KEY ("lijsten_id") REFERENCES "public"."lijsten"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_zoekopdrachten_id_idx" ON "payload_locked_documents_rels" USING btree ("zoekopdrachten_id");
  CREATE INDEX "payload_locked_documents_rels_lijsten_id_idx" ON "payload_locked_documents_rels" USING btree ("lijsten_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "zoekopdrachten" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lijsten_fiches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lijsten" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "zoekopdrachten" CASCADE;
  DROP TABLE "lijsten_fiches" CASCADE;
  DROP TABLE "lijsten" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_zoekopdrachten_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lijsten_fk";
  
  DROP INDEX "payload_locked_documents_rels_zoekopdrachten_id_idx";
  DROP INDEX "payload_locked_documents_rels_lijsten_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "zoekopdrachten_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lijsten_id";
  DROP TYPE "public"."enum_lijsten_fiches_fiche_soort";`)
}
