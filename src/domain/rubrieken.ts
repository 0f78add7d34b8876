import demoBoom from './data/rubrieken-demo.json' with { type: 'json' }

/** A node as in rubrieken-demo.json; `naam` is accepted too so an imported Dutch export also fits. */
export type RubriekNode = {
  code: string
  name?: string
  naam?: string
  children?: readonly RubriekNode[] | null
}

export type FlatRubriek = {
  code: string
  naam: string
  parentCode: string | null
  /** 1 for a top rubriek */
  niveau: number
}

/**
 * Flattens a rubriek tree in parent-before-child order (depth first, in the tree's own order), so an
 * importer can create each rubriek after its parent and link it by code. Duplicate codes are refused
 * because codes are the key an import matches on.
 */
export function flattenRubriekTree(
  tree: readonly RubriekNode[] | { rubrieken: readonly RubriekNode[] },
): FlatRubriek[] {
  const wortels = 'rubrieken' in tree ? tree.rubrieken : tree
  const uit: FlatRubriek[] = []
  const gezien = new Set<string>()

  const bezoek = (node: RubriekNode, parentCode: string | null, niveau: number) => {
    const code = node.code.trim()
    const naam = (node.naam ?? node.name ?? '').trim()
    if (code === '')
      throw new Error(`Rubriek zonder code (onder ${parentCode ?? 'het hoogste niveau'}).`)
    if (naam === '') throw new Error(`Rubriek ${code} heeft geen naam.`)
    if (gezien.has(code)) throw new Error(`Rubriekcode ${code} komt meer dan eens voor.`)
    gezien.add(code)
    uit.push({ code, naam, parentCode, niveau })
    for (const kind of node.children ?? []) bezoek(kind, code, niveau + 1)
  }
  for (const wortel of wortels) bezoek(wortel, null, 1)
  return uit
}

/** The demo tree shipped in data/rubrieken-demo.json, flattened; an operator replaces it with the official list. */
export function demoRubrieken(): FlatRubriek[] {
  return flattenRubriekTree(demoBoom)
}
