import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * An aanbod change also records its parents and zorgverlener, because their search documents and
 * pages show the aanbod. Those rows concern that one fiche only, not everything under it: marked
 * here, so the worker does not rebuild or revalidate the parent's other aanbod.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql`ALTER TABLE search_outbox ADD COLUMN alleen_zelf boolean NOT NULL DEFAULT false;`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE search_outbox DROP COLUMN IF EXISTS alleen_zelf;`)
}
