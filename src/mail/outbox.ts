// Records a mail in mail_outbox inside the transaction of the change that causes it: when the change
// rolls back, the mail was never asked for; when it commits, the worker will send it even if the
// SMTP server is down right now. Nothing here talks to SMTP.
//
// Why an own table and not Payload's jobs queue: the jobs queue would also write in the request's
// transaction, but it needs a runner (autoRun cron or an endpoint), keeps its rows as a collection
// in the admin and retries by re-running a task with no "already delivered" mark of its own. The
// table below is the same pattern as search_outbox (claim with FOR UPDATE SKIP LOCKED, mark sent in
// the claiming transaction), which gives exactly one delivery on every normal path and is already
// operated the same way for search.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '@/db/transaction'

import { type MailMessage, recipientsOf } from './message'

export async function enqueueMail(req: PayloadRequest, message: MailMessage): Promise<void> {
  const to = recipientsOf(message.to)
  if (to.length === 0) throw new Error('Een mail zonder ontvanger kan niet in de wachtrij.')
  const db = await transactionOf(req)
  await db.execute(sql`
    INSERT INTO mail_outbox (recipients, subject, html, text, reply_to)
    VALUES (${JSON.stringify(to)}::jsonb, ${message.subject}, ${message.html}, ${message.text}, ${message.replyTo ?? null})`)
}

/**
 * How many mails this address got (or has waiting) in the last minutes: forms that anyone can
 * submit for any address (forgotten password, resend confirmation) stop mailing it after a few,
 * so nobody can use the site to flood someone's inbox.
 */
export async function recentMailsTo(req: PayloadRequest, address: string, minutes: number): Promise<number> {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM mail_outbox
    WHERE created_at > now() - make_interval(mins => ${minutes})
      AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(recipients) AS r WHERE lower(r) = ${address.toLowerCase()})`)
  return Number(rows[0]?.n ?? 0)
}

/** The same, for a worker outside any request: recorded with the change in `client`'s transaction. */
export async function enqueueMailWithClient(client: { query: (text: string, values?: unknown[]) => Promise<unknown> }, message: MailMessage): Promise<void> {
  const to = recipientsOf(message.to)
  if (to.length === 0) throw new Error('Een mail zonder ontvanger kan niet in de wachtrij.')
  await client.query(`INSERT INTO mail_outbox (recipients, subject, html, text, reply_to) VALUES ($1::jsonb, $2, $3, $4, $5)`, [
    JSON.stringify(to),
    message.subject,
    message.html,
    message.text,
    message.replyTo ?? null,
  ])
}
