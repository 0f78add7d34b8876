import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * No change to the database: 20261201_211440_content_schedule_related and the migrations after it
 * were written in parallel, each from the snapshot before the others. This migration only carries
 * the snapshot (the .json beside it) of the schema with all of them, which the next
 * `migrate:create` compares against.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
