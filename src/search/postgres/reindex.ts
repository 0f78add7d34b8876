// A full rebuild into fresh tables, swapped in at the end in one short transaction: searches keep
// reading the old table until then, and loading without indexes first and indexing once is several
// times faster than updating GIN indexes row by row.
import type { Queryable } from '../source/queryable'
import type { SearchDocument } from '../types'
import { buildTerms, upsertDocuments } from './write'

export const LIVE = 'search_documents'
const WRITERS = 2
// An arbitrary constant naming the reindex lock (pg_advisory_lock takes a bigint).
const REINDEX_LOCK = 7_201_311
const TERMS = 'search_terms'
const TERMS_BUILD = 'search_terms_build'
const BUILD = 'search_documents_build'

// Same names as the migrations create, so the table looks the same after every swap.
// The text index first: it takes longest, and the other builder does the rest meanwhile.
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
): Promise<{ indexed: number; phases: Record<string, number> }> {
  // One rebuild at a time (two servers starting on an empty index, or a reindex run twice): the
  // lock is held by its own session for the whole run and goes with it if the process dies.
  const lock = db.connect ? await db.connect() : null
  if (lock) {
    const { rows } = await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
      REINDEX_LOCK,
    ])
    if (!rows[0]?.ok) {
      lock.release()
      throw new Error('Er loopt al een herindexering van de zoekindex.')
    }
  }
  try {
    return await rebuild(db, batches, onProgress)
  } finally {
    if (lock) {
      await lock.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]).catch(() => undefined)
      lock.release()
    }
  }
}

async function rebuild(
  db: Connectable,
  batches: AsyncIterable<readonly SearchDocument[]>,
  onProgress?: (indexed: number) => void,
): Promise<{ indexed: number; phases: Record<string, number> }> {
  const started = Date.now()
  await db.query(`DROP TABLE IF EXISTS ${BUILD}`)
  await db.query(
    `CREATE TABLE ${BUILD} (LIKE ${LIVE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)`,
  )
  await db.query(`ALTER TABLE ${BUILD} ADD CONSTRAINT ${BUILD}_pkey PRIMARY KEY (id)`)
  // LIKE does not copy storage parameters; see the migration 20261129_130000 for why this one matters.
  await db.query(`ALTER TABLE ${BUILD} SET (toast_tuple_target = 256)`)
  let indexed = 0
  // Batches are written while the next ones are read and built, so the database and Node both keep
  // a core busy; at most WRITERS writes at a time, so memory stays bounded.
  const writing = new Set<Promise<void>>()
  for await (const batch of batches) {
    if (writing.size >= WRITERS) await Promise.race(writing)
    const write: Promise<void> = upsertDocuments(db, BUILD, batch, false).then(() => {
      indexed += batch.length
      onProgress?.(indexed)
      writing.delete(write)
    })
    // Observed by the race or the final await; this keeps Node from calling it unhandled in between.
    write.catch(() => undefined)
    writing.add(write)
  }
  await Promise.all(writing)
  const loaded = Date.now()
  // Two index builds at a time, each with room to sort in memory.
  const queue = [...INDEXES]
  const builder = async () => {
    const client = db.connect ? await db.connect() : null
    const tx = client ?? db
    try {
      await tx.query(`SET maintenance_work_mem = '256MB'`)
      for (let next = queue.shift(); next; next = queue.shift()) {
        await tx.query(`CREATE INDEX ${BUILD}_${next[0]} ON ${BUILD} ${next[1]}`)
      }
      await tx.query('RESET maintenance_work_mem')
    } finally {
      client?.release()
    }
  }
  // The typo dictionary is built aside too, so the swap below only renames.
  const terms = async () => {
    await db.query(`DROP TABLE IF EXISTS ${TERMS_BUILD}`)
    await db.query(
      `CREATE TABLE ${TERMS_BUILD} (term text PRIMARY KEY, documenten integer NOT NULL DEFAULT 0)`,
    )
    await buildTerms(db, BUILD, TERMS_BUILD)
    await db.query(
      `CREATE INDEX ${TERMS_BUILD}_trgm_idx ON ${TERMS_BUILD} USING gin (term gin_trgm_ops)`,
    )
  }
  await Promise.all([builder(), builder(), terms()])
  await db.query(`ANALYZE ${BUILD}`)

  const indexesBuilt = Date.now()
  const client = db.connect ? await db.connect() : null
  const tx = client ?? db
  try {
    await tx.query('BEGIN')
    await tx.query(`DROP TABLE ${LIVE}`)
    await tx.query(`ALTER TABLE ${BUILD} RENAME TO ${LIVE}`)
    await tx.query(`ALTER TABLE ${LIVE} RENAME CONSTRAINT ${BUILD}_pkey TO ${LIVE}_pkey`)
    for (const [name] of INDEXES)
      await tx.query(`ALTER INDEX ${BUILD}_${name} RENAME TO ${LIVE}_${name}`)
    await tx.query(`DROP TABLE ${TERMS}`)
    await tx.query(`ALTER TABLE ${TERMS_BUILD} RENAME TO ${TERMS}`)
    await tx.query(`ALTER TABLE ${TERMS} RENAME CONSTRAINT ${TERMS_BUILD}_pkey TO ${TERMS}_pkey`)
    await tx.query(`ALTER INDEX ${TERMS_BUILD}_trgm_idx RENAME TO ${TERMS}_trgm_idx`)
    await tx.query('COMMIT')
  } catch (error) {
    await tx.query('ROLLBACK')
    throw error
  } finally {
    client?.release()
  }
  return {
    indexed,
    phases: {
      lezenEnSchrijven: loaded - started,
      indexen: indexesBuilt - loaded,
      wisselen: Date.now() - indexesBuilt,
    },
  }
}
