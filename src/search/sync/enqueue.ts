// Records "this fiche changed" in the outbox, inside the transaction of the change itself: if the
// change rolls back, so does the record; if it commits, the worker will see it even when the search
// engine is down right now. The hook never talks to the engine.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { OutboxCollection } from './collections'

type Drizzle = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
type DbWithSessions = { drizzle: Drizzle; sessions?: Record<string | number, { db: Drizzle } | undefined> }

// Payload keeps one drizzle transaction per request in db.sessions[req.transactionID]; writing through
// it is what puts the outbox row in the same transaction as the change.
async function transactionOf(req: PayloadRequest): Promise<Drizzle> {
  const db = req.payload.db as unknown as DbWithSessions
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[id]?.db) || db.drizzle
}

export async function enqueueSearchSync(
  req: PayloadRequest,
  changes: readonly { collection: OutboxCollection; id: number | string; alleenZelf?: boolean }[],
): Promise<void> {
  const rows = changes.filter((c) => c.id !== null && c.id !== undefined && Number.isInteger(Number(c.id)))
  if (rows.length === 0) return
  const db = await transactionOf(req)
  // One JSON parameter: drizzle's sql template would spread a JS array into separate parameters.
  const json = JSON.stringify(rows.map((r) => ({ c: r.collection, i: Number(r.id), z: r.alleenZelf === true })))
  await db.execute(sql`
    INSERT INTO search_outbox (collection, doc_id, alleen_zelf)
    SELECT c, i, z FROM jsonb_to_recordset(${json}::jsonb) AS t(c text, i int, z boolean)`)
}
