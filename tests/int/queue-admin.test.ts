import { handleEndpoints, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { QueueDashboard } from '@/components/admin/QueueDashboard'
import { poolOf } from '@/db/pool'
import { enqueueWithClient } from '@/queue/enqueue'
import type { QueuePool } from '@/queue/types'

import { errorsOf } from './helpers/answers'
import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { buildWorld, ROLE_KEYS, ROLE_NAMES, type RoleKey, type World } from './helpers/world'

let payload: Payload
let world: World
let pool: QueuePool
const tag = `admin${Date.now().toString(36)}`
const made: number[] = []

/** A mail job given up on: what an SMTP server that refused it for a day leaves. */
async function failedMail(): Promise<number> {
  const id = (await enqueueWithClient(pool, 'mail', {
    to: [`mislukt.${tag}@test.be`],
    subject: `${tag} mislukt`,
    html: '<p>x</p>',
    text: 'x',
  }))!
  await pool.query(
    `UPDATE queue_jobs SET status = 'failed', attempts = max_attempts, finished_at = now(), last_error = '550 mailbox unavailable' WHERE id = $1`,
    [id],
  )
  made.push(id)
  return id
}
const statusOf = async (id: number) =>
  (
    await pool.query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM queue_jobs WHERE id = $1',
      [id],
    )
  ).rows[0]

const userOf = async (key: RoleKey) =>
  key === 'visitor'
    ? null
    : payload.findByID({ collection: 'users', id: world.actors[key].id!, depth: 0 })
const dashboard = async (key: RoleKey) => {
  const element = await QueueDashboard({ payload, user: await userOf(key), searchParams: {} })
  return element ? renderToStaticMarkup(element) : null
}

beforeAll(async () => {
  payload = await testPayload()
  pool = poolOf(payload)
  world = await buildWorld(payload, tag)
}, 120_000)

afterAll(async () => {
  // Nothing of these fake mails may reach another test's SMTP server.
  await pool.query('DELETE FROM queue_jobs WHERE id = ANY($1::bigint[])', [made])
})

describe('the queues on the admin dashboard', () => {
  it('shows an admin every queue with what waits, runs and failed, and the last error', async () => {
    await failedMail()
    const html = (await dashboard('admin'))!
    expect(html).toContain('<h2 id="wachtrijen-titel">Wachtrijen</h2>')
    for (const column of ['wachtend', 'bezig', 'mislukt', 'oudste wachtende', 'laatste fout'])
      expect(html).toContain(`>${column}</th>`)
    for (const label of ['Mail', 'Zoekindex en pagina&#x27;s', 'Downloads'])
      expect(html).toContain(`>${label}</th>`)
    const mail = html.slice(html.indexOf('data-queue="mail"'), html.indexOf('data-queue="search"'))
    expect(mail).toContain('550 mailbox unavailable')
    expect(mail).toMatch(/<form action="\/api\/wachtrijen\/opnieuw" method="post">/)
    expect(mail).toContain('name="wachtrij" value="mail"')
    expect(mail).toContain('Opnieuw proberen')
  })

  it('says how many failed jobs went back after a retry', async () => {
    const element = await QueueDashboard({
      payload,
      user: await userOf('admin'),
      searchParams: { wachtrij: 'mail', opnieuw: '2' },
    })
    expect(renderToStaticMarkup(element)).toContain(
      '<p role="status">Mail: 2 mislukte taken opnieuw in de wachtrij gezet.</p>',
    )
  })

  for (const key of ROLE_KEYS.filter((k) => k !== 'admin')) {
    it(`shows nothing to ${ROLE_NAMES[key]}`, async () => {
      expect(await dashboard(key)).toBeNull()
    })
  }
})

describe('retrying failed jobs (POST /api/wachtrijen/opnieuw)', () => {
  for (const key of ROLE_KEYS.filter((k) => k !== 'admin')) {
    it(`is refused with 403 to ${ROLE_NAMES[key]}, and changes nothing`, async () => {
      const id = await failedMail()
      const answer = await rest('POST', '/wachtrijen/opnieuw', {
        token: world.actors[key].token,
        body: { wachtrij: 'mail' },
      })
      expect(answer.status).toBe(403)
      expect((await statusOf(id))?.status).toBe('failed')
    })
  }

  it('puts the failed jobs of a queue back with all their attempts for an admin', async () => {
    const id = await failedMail()
    const answer = await rest<{ opnieuw: number }>('POST', '/wachtrijen/opnieuw', {
      token: world.actors.admin.token,
      body: { wachtrij: 'mail' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.opnieuw).toBeGreaterThanOrEqual(1)
    expect(await statusOf(id)).toEqual({ status: 'waiting', attempts: 0 })
  })

  it('retries one job by its id, and sends the dashboard form back to the dashboard', async () => {
    const [een, ander] = [await failedMail(), await failedMail()]
    // As the browser sends the dashboard's form: urlencoded, with the login cookie.
    const { default: config } = await import('@payload-config')
    const response = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/wachtrijen/opnieuw', {
        method: 'POST',
        headers: {
          Cookie: `payload-token=${world.actors.admin.token}`,
          'Sec-Fetch-Site': 'same-origin',
        },
        body: new URLSearchParams({ wachtrij: 'mail', id: String(een) }),
      }),
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/admin?wachtrij=mail&opnieuw=1')
    expect((await statusOf(een))?.status).toBe('waiting')
    expect((await statusOf(ander))?.status).toBe('failed')
  })

  it("refuses a form sent from another site, even with an admin's cookie", async () => {
    const id = await failedMail()
    const { default: config } = await import('@payload-config')
    const response = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/wachtrijen/opnieuw', {
        method: 'POST',
        headers: {
          Cookie: `payload-token=${world.actors.admin.token}`,
          'Sec-Fetch-Site': 'cross-site',
        },
        body: new URLSearchParams({ wachtrij: 'mail' }),
      }),
    })
    expect(response.status).toBe(403)
    expect((await statusOf(id))?.status).toBe('failed')
  })

  it('answers 400 naming the field for an unknown queue or a wrong id', async () => {
    const token = world.actors.admin.token
    const queue = await rest('POST', '/wachtrijen/opnieuw', { token, body: { wachtrij: 'alles' } })
    expect(queue.status).toBe(400)
    expect(errorsOf(queue)[0].field).toBe('wachtrij')
    const id = await rest('POST', '/wachtrijen/opnieuw', {
      token,
      body: { wachtrij: 'mail', id: 'drie' },
    })
    expect(id.status).toBe(400)
    expect(errorsOf(id)[0].field).toBe('id')
  })
})
