import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

export type Drizzle = {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }>
}

// Payload types a session's handle as unknown; with the postgres adapter it is a drizzle transaction.
const isDrizzle = (db: unknown): db is Drizzle =>
  typeof db === 'object' && db !== null && 'execute' in db

/**
 * The drizzle handle of the request's transaction (Payload keeps one per request in
 * db.sessions[req.transactionID]), else the plain connection: what lets a row written by hand
 * commit or roll back together with the Payload change around it.
 */
export async function transactionOf(req: PayloadRequest): Promise<Drizzle> {
  const id = req.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? req.payload.db.sessions?.[id]?.db : undefined
  return isDrizzle(session) ? session : req.payload.db.drizzle
}
