// Records a mail on the 'mail' queue (src/queue) inside the transaction of the change that causes
// it: when the change rolls back, the mail was never asked for; when it commits, the worker will
// send it even if the SMTP server is down right now. Nothing here talks to SMTP.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '@/db/transaction'
import { enqueue, enqueueWithClient } from '@/queue/enqueue'
import type { QueueClient } from '@/queue/types'

import { type MailMessage, recipientsOf } from './message'

export const MAIL_QUEUE = 'mail'

/** What a mail job carries: the message with its recipients as a list. */
export type MailJob = Omit<MailMessage, 'to'> & { to: string[] }

function jobOf(message: MailMessage): MailJob {
  const to = recipientsOf(message.to)
  if (to.length === 0) throw new Error('Een mail zonder ontvanger kan niet in de wachtrij.')
  return {
    to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
  }
}

export async function enqueueMail(req: PayloadRequest, message: MailMessage): Promise<void> {
  await enqueue(req, MAIL_QUEUE, jobOf(message))
}

/**
 * How many mails this address got (or has waiting) in the last minutes: forms that anyone can
 * submit for any address (forgotten password, resend confirmation) stop mailing it after a few,
 * so nobody can use the site to flood someone's inbox.
 */
export async function recentMailsTo(
  req: PayloadRequest,
  address: string,
  minutes: number,
): Promise<number> {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM queue_jobs
    WHERE queue = ${MAIL_QUEUE} AND created_at > now() - make_interval(mins => ${minutes})
      AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(payload->'to') AS r WHERE lower(r) = ${address.toLowerCase()})`)
  return Number(rows[0]?.n ?? 0)
}

/** The same, for work outside any request: recorded with the change in `client`'s transaction (a pool: on its own). */
export async function enqueueMailWithClient(
  client: QueueClient,
  message: MailMessage,
): Promise<void> {
  await enqueueWithClient(client, MAIL_QUEUE, jobOf(message))
}
