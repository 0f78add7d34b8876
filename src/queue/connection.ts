import type { QueueClient, QueuePool } from './types'

/** The connection broke in the middle of a transaction: the job is left as a dead process leaves it. */
export class ConnectionLostError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'ConnectionLostError'
  }
}

export async function withClient<T>(
  pool: QueuePool,
  work: (client: QueueClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    return await work(client)
  } finally {
    client.release()
  }
}

/**
 * Runs `work` in a transaction on `client`. When even the ROLLBACK fails, the connection is gone
 * (killed, network) and a ConnectionLostError says so.
 */
export async function transaction<T>(
  client: QueueClient,
  work: (tx: QueueClient) => Promise<T>,
): Promise<T> {
  await client.query('BEGIN')
  try {
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    try {
      await client.query('ROLLBACK')
    } catch {
      throw new ConnectionLostError(error)
    }
    throw error
  }
}

/** The same on a connection of its own, which is thrown away when it broke. */
export async function inTransaction<T>(
  pool: QueuePool,
  work: (tx: QueueClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  let broken = false
  try {
    return await transaction(client, work)
  } catch (error) {
    broken = error instanceof ConnectionLostError
    throw error
  } finally {
    client.release(broken)
  }
}

export const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 2000)
