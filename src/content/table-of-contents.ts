// The table of contents of a handleiding: its h2 and h3 headings, with the anchors the page gives
// them. Pure, so the page and its heading converter agree on every id.
import { slugify } from '@/domain/slug'

type Node = { type?: string; tag?: string; text?: string; children?: Node[] }

export type TocItem = { id: string; tekst: string; niveau: 2 | 3 }

export function nodeText(node: Node): string {
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(nodeText).join('')
}

/** The anchor of a heading: its text as a slug, 'deel' when the text has no letters or digits. */
export function headingId(tekst: string): string {
  return slugify(tekst) || 'deel'
}

/**
 * Anchors for the headings of one document, in document order: two headings with the same text
 * ("Stap 1" in two sections) get 'stap-1' and 'stap-1-2', so every anchor on the page is unique.
 * The page's heading converter and the table of contents each use a fresh one and so agree.
 */
export function headingIds(): (tekst: string) => string {
  const gezien = new Map<string, number>()
  return (tekst) => {
    const basis = headingId(tekst)
    const keer = (gezien.get(basis) ?? 0) + 1
    gezien.set(basis, keer)
    return keer === 1 ? basis : `${basis}-${keer}`
  }
}

export function tableOfContents(inhoud: unknown): TocItem[] {
  const root = (inhoud as { root?: Node } | null)?.root
  const items: TocItem[] = []
  const idVan = headingIds()
  for (const node of root?.children ?? []) {
    if (node.type !== 'heading') continue
    const tekst = nodeText(node).trim()
    // Every heading takes its anchor, also the h4s left out of the list, as the page numbers them all.
    const id = idVan(tekst)
    if (tekst && (node.tag === 'h2' || node.tag === 'h3'))
      items.push({ id, tekst, niveau: node.tag === 'h2' ? 2 : 3 })
  }
  return items
}
