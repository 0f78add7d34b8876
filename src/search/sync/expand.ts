// Which fiche documents an outbox row affects. Done when the row is processed, not when it is
// recorded, so a hook stays one INSERT and the expansion sees the state at processing time.
import type { Queryable } from '../source/queryable'
import type { FicheType } from '../types'
import type { SyncedCollection } from './collections'

export type Refs = Record<FicheType, Set<number>>

export const emptyRefs = (): Refs => ({
  aanbod: new Set(),
  organisatie: new Set(),
  praktijk: new Set(),
  zorgverlener: new Set(),
})

const OWN_TYPE: Partial<Record<SyncedCollection, FicheType>> = {
  aanbod: 'aanbod',
  organisaties: 'organisatie',
  praktijken: 'praktijk',
  zorgverleners: 'zorgverlener',
}

// Every aanbod of a parent, zorgverlener or rubriek (with the rubriek's descendants, whose documents
// carry its name as an ancestor), plus the parents and zorgverleners of that aanbod.
const DEPENDENTS_SQL = `
WITH RECURSIVE tree AS (
  SELECT id FROM rubrieken WHERE id = ANY($4::int[])
  UNION SELECT r.id FROM rubrieken r JOIN tree t ON r.parent_id = t.id
), hit AS (
  SELECT a.id, a.organisatie_id, a.praktijk_id, a.zorgverlener_id FROM aanbod a
  WHERE a.organisatie_id = ANY($1::int[]) OR a.praktijk_id = ANY($2::int[]) OR a.zorgverlener_id = ANY($3::int[])
     OR EXISTS (SELECT 1 FROM aanbod_rels r WHERE r.parent_id = a.id AND r.path = 'rubrieken' AND r.rubrieken_id IN (SELECT id FROM tree))
)
SELECT id, organisatie_id, praktijk_id, zorgverlener_id FROM hit`

export type OutboxRow = { collection: string; doc_id: number; alleen_zelf?: boolean }

export async function expandChanges(db: Queryable, changes: readonly OutboxRow[]): Promise<Refs> {
  const refs = emptyRefs()
  // Rows recorded as "the parent of a changed aanbod" reach only that fiche, not what is under it.
  const of = (collection: SyncedCollection) =>
    changes
      .filter((c) => c.collection === collection && !c.alleen_zelf)
      .map((c) => Number(c.doc_id))
  for (const change of changes) {
    const type = OWN_TYPE[change.collection as SyncedCollection]
    if (type) refs[type].add(Number(change.doc_id))
  }
  // An aanbod change is recorded with its parents by the hook; the others reach their aanbod here.
  const organisaties = of('organisaties')
  const praktijken = of('praktijken')
  const zorgverleners = of('zorgverleners')
  const rubrieken = of('rubrieken')
  if (organisaties.length + praktijken.length + zorgverleners.length + rubrieken.length === 0)
    return refs

  const { rows } = await db.query<{
    id: number
    organisatie_id: number | null
    praktijk_id: number | null
    zorgverlener_id: number | null
  }>(DEPENDENTS_SQL, [organisaties, praktijken, zorgverleners, rubrieken])
  for (const row of rows) {
    refs.aanbod.add(Number(row.id))
    // A zorgverlener's name shows on the praktijk documents; a rubriek on every parent's.
    if (row.praktijk_id !== null && (zorgverleners.length > 0 || rubrieken.length > 0))
      refs.praktijk.add(Number(row.praktijk_id))
    if (rubrieken.length > 0) {
      if (row.organisatie_id !== null) refs.organisatie.add(Number(row.organisatie_id))
      if (row.zorgverlener_id !== null) refs.zorgverlener.add(Number(row.zorgverlener_id))
    }
  }
  return refs
}
