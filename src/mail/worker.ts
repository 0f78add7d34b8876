// Sends what mail_outbox holds. Each mail is claimed on its own with FOR UPDATE SKIP LOCKED and
// marked sent in the same transaction, right after the SMTP server accepted it: two workers never
// hold the same row, and a sent mail is never taken again. Only a process that dies between the
// SMTP server's "250 OK" and the commit leaves a mail that goes out a second time; every mail
// carries a stable Message-ID so receiving servers can recognise that duplicate.
// A failed send is retried after 2, 4, 8, ... seconds, at most 10 minutes apart, for ever: a mail is
// never dropped because the SMTP server is down.
import type { PoolClient } from 'pg'

import type { MailMessage } from './message'

export type Deliver = (message: MailMessage & { messageId: string }) => Promise<void>

type Client = Pick<PoolClient, 'query' | 'release'>
export type MailPool = { connect: () => Promise<Client>; query: Client['query'] }

export type MailBatchResult = { sent: number; failed: number; error?: string }

const MAX_BACKOFF_S = 600

export const messageIdFor = (id: number | string, domain = 'sociale-kaart.local') => `<mail-${id}@${domain}>`

/** Claims, sends and marks one due mail. Returns null when nothing is due. */
async function sendOne(pool: MailPool, deliver: Deliver): Promise<{ ok: boolean; error?: string } | null> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ id: string; recipients: string[]; subject: string; html: string; text: string; reply_to: string | null }>(
      `SELECT id, recipients, subject, html, text, reply_to FROM mail_outbox
       WHERE sent_at IS NULL AND available_at <= clock_timestamp()
       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    )
    const row = rows[0]
    if (!row) {
      await client.query('COMMIT')
      return null
    }
    try {
      await deliver({
        to: row.recipients,
        subject: row.subject,
        html: row.html,
        text: row.text,
        replyTo: row.reply_to ?? undefined,
        messageId: messageIdFor(row.id),
      })
      await client.query(`UPDATE mail_outbox SET sent_at = clock_timestamp(), last_error = NULL WHERE id = $1`, [row.id])
      await client.query('COMMIT')
      return { ok: true }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await client.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
           available_at = clock_timestamp() + make_interval(secs => LEAST(power(2, attempts + 1)::int, ${MAX_BACKOFF_S}))
         WHERE id = $1`,
        [row.id, message.slice(0, 1000)],
      )
      await client.query('COMMIT')
      return { ok: false, error: message }
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * Sends due mails until none is due, at most `limit`. Stops at the first failure: when the SMTP
 * server is down the other mails would fail the same way, and their turn comes with the backoff.
 */
export async function processMailOutbox(pool: MailPool, deliver: Deliver, limit = 50): Promise<MailBatchResult> {
  let sent = 0
  for (let i = 0; i < limit; i++) {
    const result = await sendOne(pool, deliver)
    if (!result) break
    if (!result.ok) return { sent, failed: 1, error: result.error }
    sent++
  }
  return { sent, failed: 0 }
}

/** Mails waiting to go out, and the most recent error among them: for health checks and tests. */
export async function mailOutboxStatus(pool: Pick<MailPool, 'query'>): Promise<{ pending: number; failing: number; lastError: string | null }> {
  const { rows } = await pool.query<{ pending: string; failing: string; last_error: string | null }>(
    `SELECT count(*) AS pending, count(*) FILTER (WHERE attempts > 0) AS failing,
       (SELECT last_error FROM mail_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_error
     FROM mail_outbox WHERE sent_at IS NULL`,
  )
  const row = rows[0]
  return { pending: Number(row?.pending ?? 0), failing: Number(row?.failing ?? 0), lastError: row?.last_error ?? null }
}

/** Sent mails are kept 30 days (to answer "did my mail go out?"), then forgotten: they hold personal data. */
export async function pruneMailOutbox(pool: Pick<MailPool, 'query'>): Promise<number> {
  const { rowCount } = await pool.query(`DELETE FROM mail_outbox WHERE sent_at < now() - interval '30 days'`)
  return rowCount ?? 0
}
