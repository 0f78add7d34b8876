// "Only one process does this": a PostgreSQL advisory lock, held by a session on a connection of
// its own. The process whose session holds it is the leader; when that process stops or its
// connection drops, PostgreSQL releases the lock and the next process that asks takes over.
import type { Client } from 'pg'

export type Leader = {
  /** Whether this process holds the lock now; tries to take it when it does not. Never throws. */
  holds: () => Promise<boolean>
  /** Gives the lock up and closes the connection. */
  release: () => Promise<void>
}

type Options = {
  /** A new, unconnected client for the lock's own connection (not one from the pool: it is kept). */
  client: () => Client
  /** Any 64-bit number, the same in every process. */
  key: bigint
  onChange?: (leading: boolean) => void
}

export function advisoryLeader({ client: makeClient, key, onChange }: Options): Leader {
  let client: Client | null = null
  let leading = false
  let pending: Promise<boolean> | null = null

  const set = (value: boolean) => {
    if (value !== leading) onChange?.(value)
    leading = value
  }
  const drop = () => {
    const old = client
    client = null
    set(false)
    old?.end().catch(() => undefined)
  }

  const check = async (): Promise<boolean> => {
    try {
      if (client && leading) {
        // The session is the lock: while it answers, the lock is still this process's.
        await client.query('SELECT 1')
        return true
      }
      if (!client) {
        const fresh = makeClient()
        fresh.on('error', () => {
          if (client === fresh) drop()
        })
        await fresh.connect()
        client = fresh
      }
      const { rows } = await client.query<{ got: boolean }>(
        'SELECT pg_try_advisory_lock($1::bigint) AS got',
        [key.toString()],
      )
      set(Boolean(rows[0]?.got))
      return leading
    } catch {
      drop()
      return false
    }
  }

  return {
    holds: () => (pending ??= check().finally(() => (pending = null))),
    release: async () => {
      await pending?.catch(() => undefined)
      const old = client
      client = null
      set(false)
      if (!old) return
      await old.query('SELECT pg_advisory_unlock_all()').catch(() => undefined)
      await old.end().catch(() => undefined)
    },
  }
}
