import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { down, up } from '@/migrations/20261202_090000_queue_jobs'

import { testPayload } from './helpers/payload'
import { createUser } from './helpers/world'

let payload: Payload
let userId: number

// Turns the migration's sql`...` into text and parameters, as Payload's drizzle does.
const dialect = new PgDialect()

/** The migration's `db`, on one connection, so that everything can be rolled back afterwards. */
const dbOn = (client: { query: (text: string, values?: unknown[]) => Promise<unknown> }) => ({
  execute: async (query: SQL) => {
    const { sql, params } = dialect.sqlToQuery(query)
    return client.query(sql, params)
  },
})

beforeAll(async () => {
  payload = await testPayload()
  userId = (await createUser(payload, `migratie.${Date.now()}@test.be`, ['burger'])).id
})

describe('moving to one queue table', () => {
  it('loses no mail waiting to go out, no pending search change and no waiting download', async () => {
    const client = await poolOf(payload).connect()
    try {
      await client.query('BEGIN')
      const db = dbOn(client)
      // The database as it was before: the old tables, with what a production database holds.
      // eslint-disable-next-line no-restricted-syntax -- the migration uses only db.execute; MigrateDownArgs wants Payload's whole drizzle instance and a req.
      await down({ db } as never)
      await client.query(`DELETE FROM mail_outbox; DELETE FROM search_outbox;`)
      await client.query(`
        INSERT INTO mail_outbox (id, recipients, subject, html, text, reply_to, attempts, last_error, available_at, sent_at, created_at) VALUES
          (901, '["wacht@test.be"]', 'Wacht', '<p>w</p>', 'w', 'antwoord@test.be', 7, 'ECONNREFUSED', now() + interval '5 minutes', NULL, now() - interval '1 hour'),
          (902, '["verstuurd@test.be"]', 'Verstuurd', '<p>v</p>', 'v', NULL, 0, NULL, now(), now() - interval '5 days', now() - interval '5 days'),
          (903, '["oud@test.be"]', 'Oud', '<p>o</p>', 'o', NULL, 0, NULL, now(), now() - interval '40 days', now() - interval '40 days')`)
      await client.query(`
        INSERT INTO search_outbox (collection, doc_id, alleen_zelf, processed_at) VALUES
          ('organisaties', 11, true, NULL), ('aanbod', 12, false, NULL), ('aanbod', 13, false, now())`)
      const { rows: dl } = await client.query(
        `INSERT INTO downloads (eigenaar_id, token, formaat, titel, bron, site, status) VALUES
           ($1, 'migratie-a', 'csv', 'a', '{}', 'http://x', 'wachtrij'), ($1, 'migratie-b', 'csv', 'b', '{}', 'http://x', 'bezig'),
           ($1, 'migratie-c', 'csv', 'c', '{}', 'http://x', 'klaar')
         RETURNING id, status`,
        [userId],
      )

      // eslint-disable-next-line no-restricted-syntax -- the migration uses only db.execute; MigrateUpArgs wants Payload's whole drizzle instance and a req.
      await up({ db } as never)

      const jobs = async (queue: string) =>
        (
          await client.query(
            `SELECT id, status, payload, attempts, available_at > now() AS later, last_error FROM queue_jobs WHERE queue = $1 ORDER BY id`,
            [queue],
          )
        ).rows
      const mail = await jobs('mail')
      expect(mail.map((job) => [job.status, job.payload.subject])).toEqual([
        ['waiting', 'Wacht'],
        ['done', 'Verstuurd'],
      ])
      expect(mail[0]).toMatchObject({
        payload: {
          to: ['wacht@test.be'],
          subject: 'Wacht',
          html: '<p>w</p>',
          text: 'w',
          replyTo: 'antwoord@test.be',
        },
        attempts: 0,
        later: true,
        last_error: 'ECONNREFUSED',
      })
      // New mails get ids above every old one: no Message-ID is used twice.
      expect(Math.min(...mail.map((job) => Number(job.id)))).toBeGreaterThan(903)

      expect((await jobs('search')).map((job) => [job.status, job.payload])).toEqual([
        ['waiting', { collection: 'organisaties', id: 11, alleenZelf: true }],
        ['waiting', { collection: 'aanbod', id: 12, alleenZelf: false }],
      ])

      const [a, b] = dl.map((row) => Number(row.id))
      expect((await jobs('download')).map((job) => job.payload.downloadId)).toEqual([a, b])
      const { rows: statuses } = await client.query(
        `SELECT status FROM downloads WHERE id = ANY($1::bigint[]) ORDER BY id`,
        [[a, b]],
      )
      expect(statuses.map((row) => row.status)).toEqual(['wachtrij', 'wachtrij'])

      const { rows: gone } = await client.query(
        `SELECT to_regclass('mail_outbox') AS mail, to_regclass('search_outbox') AS search`,
      )
      expect(gone[0]).toEqual({ mail: null, search: null })
    } finally {
      await client.query('ROLLBACK')
      client.release()
    }
  })
})
