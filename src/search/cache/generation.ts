// The index generation: a counter in the database that every index change increases. A process
// that changed the index knows the new value at once; others read it at most once a second, which
// is within the delay the sync worker has anyway.
import type { Queryable } from '../source/queryable'

export const GENERATION_MAX_AGE_MS = 1000

export class Generation {
  private value: string | null = null
  private readAt = 0
  private reading: Promise<string> | null = null

  constructor(private readonly db: Queryable) {}

  async current(): Promise<string> {
    if (this.value !== null && Date.now() - this.readAt < GENERATION_MAX_AGE_MS) return this.value
    this.reading ??= this.db
      .query<{ generation: string }>('SELECT generation FROM search_state WHERE id = 1')
      .then(({ rows }) => {
        this.value = String(rows[0]?.generation ?? '0')
        this.readAt = Date.now()
        return this.value
      })
      .finally(() => {
        this.reading = null
      })
    return this.reading
  }

  async bump(): Promise<void> {
    // An upsert: a database emptied table by table (npm run seed -- --reset) has no row any more.
    const { rows } = await this.db.query<{ generation: string }>(
      `INSERT INTO search_state (id, generation) VALUES (1, 1)
       ON CONFLICT (id) DO UPDATE SET generation = search_state.generation + 1 RETURNING generation`,
    )
    this.value = String(rows[0]?.generation ?? '0')
    this.readAt = Date.now()
  }
}
