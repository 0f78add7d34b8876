// The default engine: everything in the application's own PostgreSQL, no other service to run.
import type { Queryable } from '../source/queryable'
import type { SearchEngine } from '../types'
import { LIVE, reindexPostgres } from './reindex'
import { searchPostgres } from './search'
import { suggestPostgres } from './suggest'
import { deleteDocuments, upsertDocuments } from './write'

type Pool = Queryable & { connect: () => Promise<Queryable & { release: () => void }> }

/** `db` takes the writes; `reads` (see read-pool.ts) the searches, and defaults to `db`. */
export function createPostgresEngine(db: Pool, reads: Queryable = db): SearchEngine {
  return {
    name: 'postgres',
    index: (documents) => upsertDocuments(db, LIVE, documents),
    remove: (ids) => deleteDocuments(db, LIVE, ids),
    search: (query) => searchPostgres(reads, LIVE, query),
    suggest: (tekst, limit = 8) => suggestPostgres(reads, LIVE, tekst, limit),
    reindex: (batches, onProgress) => reindexPostgres(db, batches, onProgress),
    health: async () => {
      await db.query(`SELECT 1 FROM ${LIVE} LIMIT 1`)
    },
  }
}
