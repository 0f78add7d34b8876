// The rubriekenlijst as a tree with result counts, for browsing step by step: the counts come from
// the search facets (a fiche counts for its rubriek and every ancestor), the names from the database.
import type { FacetCount } from './types'

export type RubriekRow = { id: number; code: string; naam: string; parentId: number | null }
export type RubriekTreeNode = RubriekRow & { count: number; children: RubriekTreeNode[] }

const byCode = (a: RubriekRow, b: RubriekRow) =>
  a.code.localeCompare(b.code, 'nl', { numeric: true })

/** Nodes with a count > 0 under `parentId` (null: the top level), each with its counted children. */
export function rubriekTree(
  rubrieken: readonly RubriekRow[],
  counts: readonly FacetCount[],
  parentId: number | null = null,
): RubriekTreeNode[] {
  const count = new Map(counts.map((c) => [Number(c.value), c.count]))
  const children = new Map<number | null, RubriekRow[]>()
  for (const rubriek of rubrieken) {
    const list = children.get(rubriek.parentId) ?? []
    list.push(rubriek)
    children.set(rubriek.parentId, list)
  }
  const build = (parent: number | null, seen: Set<number>): RubriekTreeNode[] =>
    (children.get(parent) ?? [])
      .filter((r) => (count.get(r.id) ?? 0) > 0 && !seen.has(r.id))
      .sort(byCode)
      .map((r) => ({
        ...r,
        count: count.get(r.id) ?? 0,
        children: build(r.id, new Set([...seen, r.id])),
      }))
  return build(parentId, new Set())
}

/** The rubriek and its ancestors, root first: the breadcrumb above a narrowed search. */
export function rubriekPath(rubrieken: readonly RubriekRow[], id: number): RubriekRow[] {
  const byId = new Map(rubrieken.map((r) => [r.id, r]))
  const pad: RubriekRow[] = []
  let current = byId.get(id)
  while (current && !pad.includes(current)) {
    pad.unshift(current)
    current = current.parentId === null ? undefined : byId.get(current.parentId)
  }
  return pad
}
