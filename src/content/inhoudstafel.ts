// The table of contents of a handleiding: its h2 and h3 headings, with the anchors the page gives
// them. Pure, so the page and its heading converter agree on every id.
import { slugify } from '@/domain/slug'

type Node = { type?: string; tag?: string; text?: string; children?: Node[] }

export type InhoudItem = { id: string; tekst: string; niveau: 2 | 3 }

export function nodeText(node: Node): string {
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(nodeText).join('')
}

/** The anchor of a heading: its text as a slug, 'deel' when the text has no letters or digits. */
export function headingId(tekst: string): string {
  return slugify(tekst) || 'deel'
}

export function inhoudstafel(inhoud: unknown): InhoudItem[] {
  const root = (inhoud as { root?: Node } | null)?.root
  const items: InhoudItem[] = []
  for (const node of root?.children ?? []) {
    if (node.type !== 'heading' || (node.tag !== 'h2' && node.tag !== 'h3')) continue
    const tekst = nodeText(node).trim()
    if (tekst) items.push({ id: headingId(tekst), tekst, niveau: node.tag === 'h2' ? 2 : 3 })
  }
  return items
}
