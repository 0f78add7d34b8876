// The breadcrumb of a fiche page, from the rubriek tree: Home › top rubriek › … › rubriek › fiche.
// Pure: takes the rubrieken as rows (id, parent) and the fiche's rubriek ids.
import type { FicheSoort } from '@/domain/fiche-url'
import { rubriekPath, type RubriekRow } from '@/search/rubriek-tree'

export type Breadcrumb = { naam: string; href: string | null }

const TYPE_MEERVOUD: Record<FicheSoort, string> = {
  aanbod: 'Aanbod',
  organisatie: 'Organisaties',
  praktijk: 'Praktijken',
  zorgverlener: 'Zorgverleners',
}

/**
 * The one path that holds all the given rubrieken: the deepest one's ancestors, when every other
 * rubriek lies on it. Rubrieken on different branches have no single path: null.
 */
export function commonPath(
  rubrieken: readonly RubriekRow[],
  ids: readonly number[],
): RubriekRow[] | null {
  const paden = [...new Set(ids)]
    .map((id) => rubriekPath(rubrieken, id))
    .filter((pad) => pad.length > 0)
  if (paden.length === 0) return null
  const langste = paden.reduce((a, b) => (b.length > a.length ? b : a))
  const opPad = new Set(langste.map((r) => r.id))
  return paden.every((pad) => opPad.has(pad[pad.length - 1].id)) ? langste : null
}

/**
 * An aanbod follows its first rubriek (the one it is filed under). An organisatie, praktijk or
 * zorgverlener follows the rubrieken of its aanbod when they lie on one path, else its type.
 */
export function ficheBreadcrumbs(
  soort: FicheSoort,
  naam: string,
  rubrieken: readonly RubriekRow[],
  eigenRubrieken: readonly number[],
  aanbodRubrieken: readonly number[],
): Breadcrumb[] {
  const pad =
    soort === 'aanbod'
      ? eigenRubrieken.length > 0
        ? rubriekPath(rubrieken, eigenRubrieken[0])
        : []
      : (commonPath(rubrieken, aanbodRubrieken) ?? [])
  const midden: Breadcrumb[] =
    pad.length > 0
      ? pad.map((r) => ({ naam: r.naam, href: `/zoeken?rubriek=${r.id}` }))
      : [{ naam: TYPE_MEERVOUD[soort], href: `/zoeken?type=${soort}` }]
  return [{ naam: 'Home', href: '/' }, ...midden, { naam, href: null }]
}
