// Sends the mails of the 'mail' queue, one job per transaction (src/queue/run.ts, hold
// 'transaction'): the job is locked while the SMTP server is talked to and marked done in the same
// transaction right after the server accepted the mail, so two workers never send the same mail and
// a sent mail is never taken again. Only a process that dies between the SMTP server's "250 OK"
// and the commit leaves a mail that goes out a second time; every mail carries a Message-ID made
// from its job id, so receiving servers can recognise that duplicate.
// A failed send is retried after 2, 4, 8, ... seconds, at most 10 minutes apart, for about a day;
// then the mail is kept as failed, for an admin to retry from the dashboard (src/queue/settings.ts).
import { drainQueue, type QueueHandlerOptions } from '@/queue/run'
import type { QueuePool } from '@/queue/types'

import type { MailMessage } from './message'
import { MAIL_QUEUE, type MailJob } from './outbox'

export type Deliver = (message: MailMessage & { messageId: string }) => Promise<void>

export type MailBatchResult = { sent: number; failed: number; error?: string }

export const messageIdFor = (id: number | string, domain = 'sociale-kaart.local') =>
  `<mail-${id}@${domain}>`

/** One mail per run: a failure stops the run, the other mails keep their turn (an SMTP server that is down fails them all alike). */
export const mailQueue = (deliver: Deliver): QueueHandlerOptions<MailJob> => ({
  queue: MAIL_QUEUE,
  batchSize: 1,
  handler: async (jobs) => {
    for (const job of jobs) await deliver({ ...job.payload, messageId: messageIdFor(job.id) })
  },
})

/** Sends due mails until none is due or one fails, at most `limit`: what the worker does, at once. */
export async function sendDueMail(
  pool: QueuePool,
  deliver: Deliver,
  limit = 50,
): Promise<MailBatchResult> {
  const result = await drainQueue(pool, mailQueue(deliver), limit)
  return { sent: result.done, failed: result.failed, error: result.error }
}
