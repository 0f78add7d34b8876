// From a processed outbox batch to the pages it makes stale. The search expansion already reaches
// every aanbod of a changed parent, zorgverlener or rubriek; pages need one step more, because an
// organisatie, praktijk or zorgverlener page lists its aanbod and the places or people behind it.
import { FICHE_COLLECTION, FICHE_SOORTEN, type FicheSoort } from '@/domain/fiche-url'
import type { AffectedFiche, Changes } from '@/domain/revalidation'
import type { Queryable } from '@/search/source/queryable'
import { PAGE_ONLY_COLLECTIONS } from '@/search/sync/collections'
import type { Refs } from '@/search/sync/expand'

const ACTIEF_TELLEN = `SELECT ${FICHE_SOORTEN.map((s) => `(SELECT count(*) FROM ${FICHE_COLLECTION[s]} WHERE status = 'actief')`).join(" || ',' || ")} AS tellingen`

// The home page shows how many fiches are active: it is stale only when those numbers moved.
let vorigeTellingen: string | null = null

export async function affectedChanges(
  db: Queryable,
  refs: Refs,
  collecties: ReadonlySet<string>,
): Promise<Changes> {
  const ids: Record<FicheSoort, Set<number>> = {
    aanbod: new Set(refs.aanbod),
    organisatie: new Set(refs.organisatie),
    praktijk: new Set(refs.praktijk),
    zorgverlener: new Set(refs.zorgverlener),
  }
  if (ids.aanbod.size > 0) {
    const { rows } = await db.query<{
      organisatie_id: number | null
      praktijk_id: number | null
      zorgverlener_id: number | null
    }>(
      'SELECT organisatie_id, praktijk_id, zorgverlener_id FROM aanbod WHERE id = ANY($1::int[])',
      [[...ids.aanbod]],
    )
    for (const row of rows) {
      if (row.organisatie_id !== null) ids.organisatie.add(Number(row.organisatie_id))
      if (row.praktijk_id !== null) ids.praktijk.add(Number(row.praktijk_id))
      if (row.zorgverlener_id !== null) ids.zorgverlener.add(Number(row.zorgverlener_id))
    }
  }
  const fiches: AffectedFiche[] = []
  const verwijderd: { soort: FicheSoort; id: number }[] = []
  for (const soort of FICHE_SOORTEN) {
    if (ids[soort].size === 0) continue
    const { rows } = await db.query<{ id: number; naam: string }>(
      `SELECT id, naam FROM ${FICHE_COLLECTION[soort]} WHERE id = ANY($1::int[])`,
      [[...ids[soort]]],
    )
    for (const row of rows) fiches.push({ soort, id: Number(row.id), naam: row.naam })
    // A deleted fiche has no row: its cached pages are expired by its tag, and then answer 404.
    const gevonden = new Set(rows.map((row) => Number(row.id)))
    for (const id of ids[soort]) if (!gevonden.has(id)) verwijderd.push({ soort, id })
  }
  let home = collecties.has('rubrieken')
  if (
    fiches.length > 0 ||
    ids.aanbod.size + ids.organisatie.size + ids.praktijk.size + ids.zorgverlener.size > 0
  ) {
    const { rows } = await db.query<{ tellingen: string }>(ACTIEF_TELLEN)
    const tellingen = rows[0]?.tellingen ?? ''
    if (tellingen !== vorigeTellingen) home = true
    vorigeTellingen = tellingen
  }
  return { fiches, verwijderd, home, inhoud: PAGE_ONLY_COLLECTIONS.some((c) => collecties.has(c)) }
}
