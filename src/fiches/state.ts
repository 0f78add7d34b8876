// A fiche's state, for its public page to decide what the address answers: the page itself, 410
// for a stopped fiche, 404 for an unknown or unpublished one, a redirect for an outdated name.
// Read through Next's data cache under the fiche's tag (src/domain/revalidation.ts): every page
// rendered from it carries that tag, so the sync worker expires all of a fiche's cached addresses
// at once, including old names and a 404 cached before the fiche was published.
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { FICHE_COLLECTION as TABLE, type FicheSoort } from '@/domain/fiche-url'
import { ficheTag } from '@/domain/revalidation'
import { poolOf } from '@/search/engine'

export type FicheState = {
  status: string
  naam: string
  /** Where and what it was, for the "similar offer" link on a stopped fiche's page. */
  gemeente: string | null
  rubriek: number | null
} | null

async function lees(soort: FicheSoort, id: number): Promise<FicheState> {
  const pool = poolOf(await getPayload({ config }))
  const { rows } = await pool.query<{
    naam: string
    status: string
    gemeente: string | null
    rubriek: number | null
  }>(
    `SELECT f.naam, f.status,
       (SELECT a.gemeente FROM ${TABLE[soort]}_adressen a WHERE a._parent_id = f.id ORDER BY a.primair DESC NULLS LAST, a._order LIMIT 1) AS gemeente,
       (SELECT r.rubrieken_id FROM aanbod x JOIN aanbod_rels r ON r.parent_id = x.id AND r.path = 'rubrieken'
         WHERE ${soort === 'aanbod' ? 'x.id = f.id' : `x.${soort}_id = f.id`} ORDER BY r."order" LIMIT 1) AS rubriek
     FROM ${TABLE[soort]} f WHERE f.id = $1`,
    [id],
  )
  const rij = rows[0]
  return rij
    ? {
        status: rij.status,
        naam: rij.naam,
        gemeente: rij.gemeente,
        rubriek: rij.rubriek === null ? null : Number(rij.rubriek),
      }
    : null
}

export function ficheState(soort: FicheSoort, id: number): Promise<FicheState> {
  return unstable_cache(() => lees(soort, id), ['fiche-stand', soort, String(id)], {
    tags: [ficheTag(soort, id)],
    revalidate: 3600,
  })()
}
