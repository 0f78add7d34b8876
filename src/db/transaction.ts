import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { postgresOf } from './pool'

export type Drizzle = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }
type DbWithSessions = { drizzle: Drizzle; sessions?: Record<string | number, { db: Drizzle } | undefined> }

/**
 * The drizzle handle of the request's transaction (Payload keeps one per request in
 * db.sessions[req.transactionID]), else the plain connection: what lets a row written by hand
 * commit or roll back together with the Payload change around it.
 */
export async function transactionOf(req: PayloadRequest): Promise<Drizzle> {
  const db: DbWithSessions = postgresOf(req.payload)
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[id]?.db) || db.drizzle
}
