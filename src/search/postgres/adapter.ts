// The default engine: everything in the application's own PostgreSQL, no other service to run.
import type { Queryable } from '../source/queryable'
import type { SearchEngine } from '../types'
import { LIVE, reindexPostgres } from './reindex'
import { searchPostgres } from './search'
import { suggestPostgres } from './suggest'
import { deleteDocuments, upsertDocuments } from './write'

type Pool = Queryable & { connect: () => Promise<Queryable & { release: () => void }> }

export function createPostgresEngine(db: Pool): SearchEngine {
  return {
    name: 'postgres',
    index: (documents) => upsertDocuments(db, LIVE, documents),
    remove: (ids) => deleteDocuments(db, LIVE, ids),
    search: (query) => searchPostgres(db, LIVE, query),
    suggest: (tekst, limit = 8) => suggestPostgres(db, LIVE, tekst, limit),
    reindex: (batches, onProgress) => reindexPostgres(db, batches, onProgress),
    health: async () => {
      await db.query(`SELECT 1 FROM ${LIVE} LIMIT 1`)
    },
  }
}
