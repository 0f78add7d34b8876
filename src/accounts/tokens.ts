// One-use links for the account journeys (confirm an e-mail address, confirm a new one). The mail
// carries a random token; the database keeps only its SHA-256, so a leaked table opens nothing.
// Written in the request's transaction, like the mail that carries it.
import { createHash, randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '@/db/transaction'

export type TokenPurpose = 'email-bevestigen' | 'email-wijzigen'

export const TOKEN_HOURS: Record<TokenPurpose, number> = {
  'email-bevestigen': 48,
  'email-wijzigen': 24,
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

export async function createAccountToken(
  req: PayloadRequest,
  userId: number,
  purpose: TokenPurpose,
  email: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const db = await transactionOf(req)
  // A new link replaces the earlier ones of the same kind: only the newest mail works.
  await db.execute(
    sql`DELETE FROM account_tokens WHERE user_id = ${userId} AND purpose = ${purpose}`,
  )
  await db.execute(sql`
    INSERT INTO account_tokens (user_id, purpose, token_hash, email, expires_at)
    VALUES (${userId}, ${purpose}, ${hash(token)}, ${email}, now() + make_interval(hours => ${TOKEN_HOURS[purpose]}))`)
  return token
}

/** Takes a token once: returns whose it was and for which address, or null when unknown, used or expired. */
export async function consumeAccountToken(
  req: PayloadRequest,
  token: string,
): Promise<{ userId: number; purpose: TokenPurpose; email: string } | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    DELETE FROM account_tokens WHERE token_hash = ${hash(token)} AND expires_at > now()
    RETURNING user_id, purpose, email`)
  const row = rows[0]
  return row
    ? {
        userId: Number(row.user_id),
        purpose: row.purpose as TokenPurpose,
        email: String(row.email),
      }
    : null
}
