import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { type Env, getConfig } from '@/config'
import { poolOf } from '@/db/pool'

import { enqueueMailWithClient } from './outbox'
import { htmlToText } from './templates/layout'
import type { Deliver } from './worker'

export const defaultFrom = (env?: Env) => getConfig(env).mail.from

export const smtpConfigured = (env?: Env): boolean => getConfig(env).mail.smtp !== null

/** Payload's nodemailer adapter on the SMTP server in configuration: the only way mail leaves. */
const smtpAdapter = (env?: Env, smtp = getConfig(env).mail.smtp) =>
  nodemailerAdapter({
    defaultFromAddress: defaultFrom(env).address,
    defaultFromName: defaultFrom(env).name,
    // The server may be down at boot; the queue retries, so it is not checked here.
    skipVerify: true,
    transportOptions: {
      host: smtp?.host,
      port: smtp?.port,
      secure: smtp?.secure,
      auth: smtp?.user ? { user: smtp.user, pass: smtp.pass } : undefined,
      // Short waits: an unreachable server must fail fast and leave the mail to the backoff.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
  })

/**
 * How the mail worker hands a mail over: through the nodemailer adapter to SMTP, or, with no
 * SMTP_HOST (development and tests; production refuses to start without it), to the log.
 */
export async function createDeliver(payload: Payload, env?: Env): Promise<Deliver> {
  const from = defaultFrom(env)
  if (!smtpConfigured(env)) {
    return async (message) => {
      payload.logger.info(
        `Mail (geen SMTP_HOST ingesteld, alleen gelogd) aan ${[message.to].flat().join(', ')}: ${message.subject}\n${message.text}`,
      )
    }
  }
  const adapter = (await smtpAdapter(env))({ payload })
  return async (message) => {
    await adapter.sendEmail({ ...message, from: { name: from.name, address: from.address } })
  }
}

/**
 * Payload's own mails (the admin's "wachtwoord vergeten") go into the same queue, so they too
 * survive an SMTP outage. They cannot join a transaction (Payload gives no request here), so they
 * are written straight away; the application's own mails use enqueueMail(req, ...).
 */
export const queueEmailAdapter =
  (): EmailAdapter =>
  ({ payload }) => ({
    name: 'mail-queue',
    defaultFromAddress: defaultFrom().address,
    defaultFromName: defaultFrom().name,
    sendEmail: async (message: SendEmailOptions) => {
      const to = [message.to]
        .flat()
        .map((entry) => (typeof entry === 'string' ? entry : entry?.address))
        .filter(Boolean)
      const html = typeof message.html === 'string' ? message.html : ''
      const text = typeof message.text === 'string' ? message.text : htmlToText(html)
      await enqueueMailWithClient(poolOf(payload), {
        to: to as string[],
        subject: message.subject ?? '',
        html: html || `<p>${text}</p>`,
        text,
      })
    },
  })
