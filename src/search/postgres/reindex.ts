// A full rebuild into a fresh table, swapped in at the end in one short transaction: searches keep
// reading the old table until then, and loading without indexes first and indexing once is several
// times faster than updating GIN indexes row by row.
import type { Queryable } from '../source/queryable'
import type { SearchDocument } from '../types'
import { rebuildTerms, upsertDocuments } from './write'

export const LIVE = 'search_documents'
const BUILD = 'search_documents_build'

// Same names as the migrations create, so the table looks the same after every swap.
const INDEXES: [name: string, definition: string][] = [
  ['tekst_idx', 'USING gin (tekst)'],
  ['facet_idx', 'USING gin (facet_keys)'],
  ['locatie_idx', 'USING gist (locatie)'],
  ['naam_idx', '(naam_sort, id)'],
]

type Connectable = Queryable & { connect?: () => Promise<Queryable & { release: () => void }> }

export async function reindexPostgres(
  db: Connectable,
  batches: AsyncIterable<readonly SearchDocument[]>,
  onProgress?: (indexed: number) => void,
): Promise<{ indexed: number }> {
  await db.query(`DROP TABLE IF EXISTS ${BUILD}`)
  await db.query(`CREATE TABLE ${BUILD} (LIKE ${LIVE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)`)
  await db.query(`ALTER TABLE ${BUILD} ADD CONSTRAINT ${BUILD}_pkey PRIMARY KEY (id)`)
  // LIKE does not copy storage parameters; see the migration 20261129_130000 for why this one matters.
  await db.query(`ALTER TABLE ${BUILD} SET (toast_tuple_target = 256)`)
  let indexed = 0
  // One batch is written while the next is read and built: the database and Node each keep a core busy.
  let writing: Promise<void> | null = null
  for await (const batch of batches) {
    await writing
    writing = upsertDocuments(db, BUILD, batch, false).then(() => {
      indexed += batch.length
      onProgress?.(indexed)
    })
    // Observed at the next await; this keeps Node from calling it unhandled in between.
    writing.catch(() => undefined)
  }
  await writing
  for (const [name, definition] of INDEXES) await db.query(`CREATE INDEX ${BUILD}_${name} ON ${BUILD} ${definition}`)
  await db.query(`ANALYZE ${BUILD}`)

  const client = db.connect ? await db.connect() : null
  const tx = client ?? db
  try {
    await tx.query('BEGIN')
    await tx.query(`DROP TABLE ${LIVE}`)
    await tx.query(`ALTER TABLE ${BUILD} RENAME TO ${LIVE}`)
    await tx.query(`ALTER TABLE ${LIVE} RENAME CONSTRAINT ${BUILD}_pkey TO ${LIVE}_pkey`)
    for (const [name] of INDEXES) await tx.query(`ALTER INDEX ${BUILD}_${name} RENAME TO ${LIVE}_${name}`)
    await rebuildTerms(tx, LIVE)
    await tx.query('COMMIT')
  } catch (error) {
    await tx.query('ROLLBACK')
    throw error
  } finally {
    client?.release()
  }
  return { indexed }
}
