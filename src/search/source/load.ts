// Reads fiches by id and turns them into SearchDocuments; what is not found or not public becomes a
// removal. Used by the sync worker (a few ids) and by reindex (batches of thousands).
import { FICHE_COLLECTION } from '@/domain/fiche-url'

import { buildSearchDocument } from '../document/build'
import type { AdresSource, FicheSource, ParentSource, RubriekInfo } from '../document/source'
import type { FicheType, SearchDocument } from '../types'
import type { Queryable } from './queryable'
import { AANBOD_SQL, ORGANISATIE_SQL, PRAKTIJK_SQL, RUBRIEKEN_SQL, ZORGVERLENER_SQL } from './sql'

const SQL: Record<FicheType, string> = {
  aanbod: AANBOD_SQL,
  organisatie: ORGANISATIE_SQL,
  praktijk: PRAKTIJK_SQL,
  zorgverlener: ZORGVERLENER_SQL,
}

export const TABLE: Readonly<Record<FicheType, string>> = FICHE_COLLECTION

type Openingsuren = NonNullable<FicheSource['openingsuren']>

// The rows of the SQL in ./sql as node-postgres returns them: json_build_object and json_agg come
// back parsed, and every list is coalesced to '[]'.
type AdresRow = {
  straat: string | null
  huisnummer: string | null
  bus: string | null
  postcode: string | null
  gemeente: string | null
  lat: number | string | null
  lon: number | string | null
  nis: string | null
  primair: boolean
}

type ParentRow = { id: number; naam: string; status: string; adressen: AdresRow[] }

type FicheRow = {
  id: number
  naam: string | null
  status: string
  beschrijving: unknown
  adressen: AdresRow[]
  regio_id: number | null
  updated_at: Date | string
  rubriek_ids: number[]
  doelgroepen: string[]
  beroepen: string[]
  zorgverleners: { id: number; naam: string | null }[]
  // Aanbod only.
  organisatie?: ParentRow | null
  praktijk?: ParentRow | null
  weekschema?: Openingsuren['weekschema']
  uitzonderingen?: Openingsuren['uitzonderingen']
  feestdagen?: string
}

const nummer = (value: number | string | null): number | null =>
  value === null || value === '' ? null : Number(value)

function adressen(rows: AdresRow[]): AdresSource[] {
  return rows.map((a) => ({
    straat: a.straat ?? '',
    huisnummer: a.huisnummer ?? '',
    bus: a.bus,
    postcode: a.postcode ?? '',
    gemeente: a.gemeente,
    lat: nummer(a.lat),
    lon: nummer(a.lon),
    nis: a.nis,
    primair: a.primair === true,
  }))
}

function ouder(row: ParentRow | null | undefined): ParentSource | null {
  if (!row) return null
  return {
    id: Number(row.id),
    naam: row.naam,
    status: row.status,
    adressen: adressen(row.adressen),
  }
}

function toBron(type: FicheType, row: FicheRow): FicheSource {
  const updated = row.updated_at instanceof Date ? row.updated_at.toISOString() : row.updated_at
  return {
    type,
    id: Number(row.id),
    naam: row.naam ?? '',
    status: row.status,
    beschrijving: row.beschrijving,
    adressen: adressen(row.adressen),
    regioId: row.regio_id,
    updatedAt: updated,
    rubriekIds: row.rubriek_ids.map(Number),
    doelgroepen: row.doelgroepen.map(String),
    beroepen: row.beroepen.map(String),
    zorgverleners: row.zorgverleners.map((z) => ({
      id: Number(z.id),
      naam: z.naam ?? '',
    })),
    ...(type === 'aanbod'
      ? {
          organisatie: ouder(row.organisatie),
          praktijk: ouder(row.praktijk),
          openingsuren: {
            weekschema: row.weekschema ?? [],
            uitzonderingen: row.uitzonderingen ?? [],
            feestdagen: row.feestdagen === 'normaal' ? 'normaal' : 'gesloten',
          },
        }
      : {}),
  }
}

export async function loadRubrieken(db: Queryable): Promise<Map<number, RubriekInfo>> {
  const { rows } = await db.query<{ id: number; naam: string; parent_id: number | null }>(
    RUBRIEKEN_SQL,
  )
  return new Map(
    rows.map((r) => [
      Number(r.id),
      { naam: r.naam, parentId: r.parent_id === null ? null : Number(r.parent_id) },
    ]),
  )
}

export type BuiltBatch = { documents: SearchDocument[]; removed: string[] }

const today = () => new Date().toISOString().slice(0, 10)

/** Documents for these fiches of one type; ids that are gone or not public come back in `removed`. */
export async function buildDocuments(
  db: Queryable,
  type: FicheType,
  ids: readonly number[],
  rubrieken: ReadonlyMap<number, RubriekInfo>,
): Promise<BuiltBatch> {
  if (ids.length === 0) return { documents: [], removed: [] }
  const { rows } = await db.query<FicheRow>(SQL[type], [ids])
  const documents: SearchDocument[] = []
  const found = new Set<number>()
  const vandaag = today()
  for (const row of rows) {
    const document = buildSearchDocument(toBron(type, row), rubrieken, vandaag)
    if (document) {
      documents.push(document)
      found.add(document.docId)
    }
  }
  const removed = ids.filter((id) => !found.has(id)).map((id) => `${type}:${id}`)
  return { documents, removed }
}

async function* documentsOfType(
  db: Queryable,
  type: FicheType,
  rubrieken: ReadonlyMap<number, RubriekInfo>,
  batchSize: number,
) {
  let after = 0
  for (;;) {
    const { rows } = await db.query<{ id: number }>(
      `SELECT id FROM ${TABLE[type]} WHERE id > $1 AND status = 'actief' ORDER BY id LIMIT $2`,
      [after, batchSize],
    )
    if (rows.length === 0) return
    after = Number(rows.at(-1)?.id)
    const { documents } = await buildDocuments(
      db,
      type,
      rows.map((r) => Number(r.id)),
      rubrieken,
    )
    if (documents.length > 0) yield documents
  }
}

/** Yields from all sources as each has a batch ready, so one source's database query overlaps another's building. */
async function* interleave<T>(sources: AsyncGenerator<T>[]): AsyncGenerator<T> {
  const pending = new Map(
    sources.map((source) => [source, source.next().then((result) => ({ source, result }))]),
  )
  while (pending.size > 0) {
    const { source, result } = await Promise.race(pending.values())
    if (result.done) {
      pending.delete(source)
      continue
    }
    pending.set(
      source,
      source.next().then((next) => ({ source, result: next })),
    )
    yield result.value
  }
}

/**
 * Every active fiche of every type in id batches, for reindex; rubrieken read once at the start.
 * Aanbod (half the map, and the most work per fiche) is read alongside the other three types.
 */
export async function* allDocuments(
  db: Queryable,
  batchSize = 1000,
): AsyncGenerator<SearchDocument[]> {
  const rubrieken = await loadRubrieken(db)
  async function* rest() {
    for (const type of ['organisatie', 'praktijk', 'zorgverlener'] as const)
      yield* documentsOfType(db, type, rubrieken, batchSize)
  }
  yield* interleave([documentsOfType(db, 'aanbod', rubrieken, batchSize), rest()])
}
