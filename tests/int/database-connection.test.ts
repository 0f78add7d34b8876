import { describe, expect, it } from 'vitest'

import { poolOf } from '@/search/engine'

import { testPayload } from './helpers/payload'

type PoolIntern = { _clients: { processID: number }[]; idleCount: number }

describe('the server and its database connections', () => {
  it('a connection the database drops (restart, failover) is logged and replaced, not thrown at the server', async () => {
    const payload = await testPayload()
    const pool = poolOf(payload)
    // Two connections in the pool, both idle afterwards.
    await Promise.all([pool.query('SELECT pg_sleep(0.05)'), pool.query('SELECT pg_sleep(0.05)')])
    // eslint-disable-next-line no-restricted-syntax -- node-postgres keeps its clients in a field its types do not declare.
    const pids = (pool as unknown as PoolIntern)._clients.map((c) => c.processID)
    expect(pids.length).toBeGreaterThanOrEqual(2)

    const gemeld: unknown[] = []
    const warn = payload.logger.warn.bind(payload.logger)
    payload.logger.warn = (...args: unknown[]) => (
      gemeld.push(args[0]),
      warn(...(args as [string]))
    )
    try {
      // What a server restart does to idle connections, done from a separate connection.
      const pg = await import('pg')
      const beheer = new pg.default.Client({ connectionString: process.env.DATABASE_URL })
      await beheer.connect()
      await beheer.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids])
      await beheer.end()
      await expect.poll(() => gemeld.length, { timeout: 5000 }).toBeGreaterThan(0)
      expect(String((gemeld[0] as { err?: Error }).err?.message)).toMatch(/terminat/)
      // The next query gets a fresh connection.
      const { rows } = await pool.query<{ een: number }>('SELECT 1 AS een')
      expect(rows[0]?.een).toBe(1)
    } finally {
      payload.logger.warn = warn
    }
  })
})
