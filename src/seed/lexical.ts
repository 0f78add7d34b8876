/**
 * Builds the JSON that Payload's Lexical editor stores for a rich-text field: a root with
 * paragraphs, headings and lists of text nodes. `**bold**` in a text is written as a bold text node.
 */

type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

type ElementBase = { direction: 'ltr'; format: ''; indent: 0; version: 1 }

type ParagraphNode = ElementBase & { type: 'paragraph'; children: TextNode[]; textFormat: 0; textStyle: '' }
type HeadingNode = ElementBase & { type: 'heading'; tag: 'h2' | 'h3'; children: TextNode[] }
type ListItemNode = ElementBase & { type: 'listitem'; value: number; children: TextNode[] }
type ListNode = ElementBase & { type: 'list'; listType: 'bullet' | 'number'; start: 1; tag: 'ul' | 'ol'; children: ListItemNode[] }

export type LexicalNode = ParagraphNode | HeadingNode | ListNode

export type LexicalDocument = {
  root: ElementBase & { type: 'root'; children: LexicalNode[] }
}

/** What a caller writes: a plain string is a paragraph. */
export type Block =
  | string
  | { heading: string; level?: 2 | 3 }
  | { list: string[]; ordered?: boolean }

const BOLD = 1
const base = (): ElementBase => ({ direction: 'ltr', format: '', indent: 0, version: 1 })

export function textNodes(text: string): TextNode[] {
  const nodes: TextNode[] = []
  text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    if (part === '') return
    const bold = part.startsWith('**') && part.endsWith('**') && part.length > 4
    nodes.push({
      type: 'text',
      text: bold ? part.slice(2, -2) : part,
      format: bold ? BOLD : 0,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    })
  })
  return nodes
}

export function paragraph(text: string): ParagraphNode {
  return { ...base(), type: 'paragraph', children: textNodes(text), textFormat: 0, textStyle: '' }
}

export function heading(text: string, level: 2 | 3 = 2): HeadingNode {
  return { ...base(), type: 'heading', tag: level === 2 ? 'h2' : 'h3', children: textNodes(text) }
}

export function list(items: string[], ordered = false): ListNode {
  return {
    ...base(),
    type: 'list',
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    children: items.map((item, i) => ({ ...base(), type: 'listitem', value: i + 1, children: textNodes(item) })),
  }
}

export function lexicalDocument(blocks: Block[]): LexicalDocument {
  const children = blocks.map((block): LexicalNode => {
    if (typeof block === 'string') return paragraph(block)
    if ('heading' in block) return heading(block.heading, block.level)
    return list(block.list, block.ordered)
  })
  return { root: { ...base(), type: 'root', children } }
}

/** The common case: one or more paragraphs of plain text. */
export function lexicalParagraphs(...texts: string[]): LexicalDocument {
  return lexicalDocument(texts)
}

/** The text of a document, paragraphs separated by a blank line (for tests and search). */
export function lexicalToPlainText(document: { root: { children: unknown[] } } | null | undefined): string {
  const walk = (node: unknown): string => {
    const n = node as { text?: string; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    return (n.children ?? []).map(walk).join(n.children && (node as { type?: string }).type === 'list' ? '\n' : '')
  }
  return (document?.root.children ?? []).map(walk).join('\n\n')
}
