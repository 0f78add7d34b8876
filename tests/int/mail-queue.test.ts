import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { enqueueMail } from '@/mail/outbox'
import { renderMail } from '@/mail/templates/layout'
import { queueStatusOf } from '@/queue/status'

import { sendQueuedMail, TestSmtp } from './helpers/mail'
import { testPayload } from './helpers/payload'

let payload: Payload
const smtp = new TestSmtp()
const tag = `q${Date.now()}`
const pool = () => poolOf(payload)
const mailStatus = () => queueStatusOf(pool(), 'mail')

async function record(to: string, subject: string, commit = true) {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  await enqueueMail(req, { to, ...renderMail({ subject, paragraphs: [`Inhoud van ${subject}`] }) })
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
}

const subjects = async (prefix: string) =>
  (await smtp.mails())
    .map((mail) => mail.subject ?? '')
    .filter((subject) => subject.startsWith(prefix))

beforeAll(async () => {
  payload = await testPayload()
  await smtp.start()
})

afterAll(async () => {
  await smtp.stop()
})

beforeEach(async () => {
  // Mails other tests left behind would be sent here and counted twice in nobody's favour.
  await sendQueuedMail(payload, smtp)
})

describe('the mail queue', () => {
  it('sends a recorded mail as Dutch HTML with a plain-text part, from MAIL_FROM', async () => {
    await record(`ontvanger.${tag}@test.be`, `${tag} welkom <b>`)
    const result = await sendQueuedMail(payload, smtp)
    expect(result.sent).toBe(1)
    const [mail] = await smtp.to(`ontvanger.${tag}@test.be`)
    expect(mail.subject).toBe(`${tag} welkom <b>`)
    expect(mail.from?.value[0].address).toBe('noreply@sociale-kaart.test')
    expect(mail.html).toContain(`${tag} welkom &lt;b&gt;`)
    expect(mail.html).toContain('lang="nl"')
    expect(mail.text).toContain(`Inhoud van ${tag} welkom <b>`)
    expect(mail.messageId).toMatch(/^<mail-\d+@sociale-kaart\.local>$/)
  })

  it('never sends a mail whose change was rolled back', async () => {
    await record(`terug.${tag}@test.be`, `${tag} teruggedraaid`, false)
    await sendQueuedMail(payload, smtp)
    expect(await smtp.to(`terug.${tag}@test.be`)).toHaveLength(0)
  })

  it('keeps every mail while the SMTP server is down and delivers each exactly once when it returns', async () => {
    await smtp.stop()
    const prefix = `${tag} storing`
    for (let i = 1; i <= 6; i++) await record(`storing${i}.${tag}@test.be`, `${prefix} ${i}`)

    const duringOutage = await sendQueuedMail(payload, smtp)
    expect(duringOutage.sent).toBe(0)
    expect(duringOutage.failed).toBe(1)
    const waiting = await mailStatus()
    expect(waiting.waiting).toBeGreaterThanOrEqual(6)
    expect(waiting.retrying).toBe(1)
    // The SMTP client's own message: the connection to the stopped server was refused.
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect|Connection/i)
    // The failed mail waits for its backoff instead of being tried again at once.
    const { rows } = await pool().query<{ attempts: number; wait: number }>(
      `SELECT attempts, extract(epoch FROM available_at - now()) AS wait FROM queue_jobs WHERE queue = 'mail' AND attempts > 0 AND status = 'waiting'`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(1)
    expect(Number(rows[0].wait)).toBeGreaterThan(0)
    expect(await subjects(prefix)).toHaveLength(0)

    await smtp.start()
    // The backoff after a first failure is 2 seconds: wait it out like the worker would.
    await new Promise((resolve) => setTimeout(resolve, 2200))
    const after = await sendQueuedMail(payload, smtp)
    expect(after.failed).toBe(0)
    expect((await subjects(prefix)).sort()).toEqual([1, 2, 3, 4, 5, 6].map((i) => `${prefix} ${i}`))
    expect((await mailStatus()).waiting).toBe(0)

    // Running the worker again sends nothing a second time.
    const again = await sendQueuedMail(payload, smtp)
    expect(again.sent).toBe(0)
    expect(await subjects(prefix)).toHaveLength(6)
  })

  it('gives each mail to one worker when several run at once', async () => {
    const prefix = `${tag} parallel`
    for (let i = 1; i <= 20; i++)
      await record(`parallel.${tag}@test.be`, `${prefix} ${String(i).padStart(2, '0')}`)
    const results = await Promise.all([
      sendQueuedMail(payload, smtp),
      sendQueuedMail(payload, smtp),
      sendQueuedMail(payload, smtp),
    ])
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(20)
    const got = await subjects(prefix)
    expect(got).toHaveLength(20)
    expect(new Set(got).size).toBe(20)
  })

  it("queues Payload's own mails too (e.g. the admin's forgotten password)", async () => {
    await payload.sendEmail({
      to: `payload.${tag}@test.be`,
      subject: `${tag} van Payload`,
      html: '<p>Hallo <b>daar</b></p>',
    })
    await sendQueuedMail(payload, smtp)
    const [mail] = await smtp.to(`payload.${tag}@test.be`)
    expect(mail.subject).toBe(`${tag} van Payload`)
    expect(mail.text).toContain('Hallo daar')
  })
})
