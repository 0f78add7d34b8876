import { type ParsedMail, simpleParser } from 'mailparser'
import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'
import { createDeliver } from '@/mail/adapter'
import { startMailCatcher, type MailCatcher } from '@/mail/dev/catcher'
import { sendDueMail } from '@/mail/worker'

export type ReceivedMail = ParsedMail & { envelopeTo: string[] }

/**
 * A real SMTP server (smtp-server) that the mail worker delivers to over the network; every
 * message is parsed with mailparser. It can be stopped and started again on the same port to
 * play an outage.
 */
export class TestSmtp {
  readonly received: ReceivedMail[] = []
  private catcher: MailCatcher | null = null
  private parsing: Promise<void>[] = []
  port = 0

  async start(): Promise<void> {
    this.catcher = await startMailCatcher({
      port: this.port,
      onMessage: ({ raw, envelopeTo }) => {
        this.parsing.push(
          simpleParser(raw).then(
            (parsed) => void this.received.push(Object.assign(parsed, { envelopeTo })),
          ),
        )
      },
    })
    this.port = this.catcher.port
  }

  async stop(): Promise<void> {
    await this.catcher?.stop()
    this.catcher = null
  }

  /** Parsed mails so far; waits for parsing of what already arrived. */
  async mails(): Promise<ReceivedMail[]> {
    await Promise.all(this.parsing)
    return this.received
  }

  async to(address: string): Promise<ReceivedMail[]> {
    return (await this.mails()).filter((mail) => mail.envelopeTo.includes(address))
  }

  env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.port),
      SMTP_USER: '',
      MAIL_FROM: 'noreply@sociale-kaart.test',
    }
  }
}

/** What the worker in the server does every second, once, now: send every due mail to this server. */
export async function sendQueuedMail(payload: Payload, smtp: TestSmtp) {
  const deliver = await createDeliver(payload, smtp.env())
  return sendDueMail(poolOf(payload), deliver, 1000)
}

/** The first link in a mail's text part that goes to this path, e.g. /account/bevestigen. */
export function linkIn(mail: ParsedMail, path: string): URL {
  const match = (mail.text ?? '').match(
    new RegExp(`https?://[^\\s)]+${path.replace(/[/]/g, '\\/')}[^\\s)]*`),
  )
  if (!match) throw new Error(`Geen link naar ${path} in de mail "${mail.subject}":\n${mail.text}`)
  return new URL(match[0])
}
