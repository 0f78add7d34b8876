/**
 * Builds the JSON that Payload's Lexical editor stores for a rich-text field: a root with
 * paragraphs, headings and lists of text nodes. `**bold**` in a text is written as a bold text node;
 * `[label](target)` as a link: a web address or path, or `handleiding:<key>` / `faq:<key>` for an
 * internal link that the caller's `verwijzingen` resolve to an id (unresolved ones stay plain text).
 * Blocks may also be a video (the editor's "video" block) or an image from media.
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

type LinkNode = Omit<ElementBase, 'version'> & {
  type: 'link'
  version: 3
  fields:
    | { linkType: 'custom'; url: string; newTab: false }
    | {
        linkType: 'internal'
        doc: { relationTo: 'handleidingen' | 'faq'; value: number }
        newTab: false
      }
  children: TextNode[]
}
type InlineNode = TextNode | LinkNode
type ParagraphNode = ElementBase & {
  type: 'paragraph'
  children: InlineNode[]
  textFormat: 0
  textStyle: ''
}
type HeadingNode = ElementBase & { type: 'heading'; tag: 'h2' | 'h3'; children: InlineNode[] }
type ListItemNode = ElementBase & { type: 'listitem'; value: number; children: InlineNode[] }
type ListNode = ElementBase & {
  type: 'list'
  listType: 'bullet' | 'number'
  start: 1
  tag: 'ul' | 'ol'
  children: ListItemNode[]
}
type BlockNode = {
  type: 'block'
  version: 2
  format: ''
  fields: { id: string; blockName: ''; blockType: 'video'; url: string; titel: string }
}
type UploadNode = {
  type: 'upload'
  version: 3
  format: ''
  id: string
  fields: null
  relationTo: 'media'
  value: number
}

export type LexicalNode = ParagraphNode | HeadingNode | ListNode | BlockNode | UploadNode

/** Ids of the documents that internal links and images point to, by the keys the content uses. */
export type References = {
  handleiding?: (key: string) => number | undefined
  faq?: (key: string) => number | undefined
  media?: (key: string) => number | undefined
}

export type LexicalDocument = {
  root: ElementBase & { type: 'root'; children: LexicalNode[] }
}

/** What a caller writes: a plain string is a paragraph. */
export type Block =
  | string
  | { heading: string; level?: 2 | 3 }
  | { list: string[]; ordered?: boolean }
  | { video: string; titel: string }
  | { afbeelding: string }

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

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g

function linkFields(target: string, verwijzingen: References): LinkNode['fields'] | null {
  const intern = /^(handleiding|faq):(.+)$/.exec(target)
  if (!intern) return { linkType: 'custom', url: target, newTab: false }
  const id =
    intern[1] === 'handleiding'
      ? verwijzingen.handleiding?.(intern[2])
      : verwijzingen.faq?.(intern[2])
  if (id === undefined) return null
  return {
    linkType: 'internal',
    doc: { relationTo: intern[1] === 'handleiding' ? 'handleidingen' : 'faq', value: id },
    newTab: false,
  }
}

/** Text with `**bold**` and `[label](target)` links, as inline nodes. */
export function inlineNodes(text: string, verwijzingen: References = {}): InlineNode[] {
  const nodes: InlineNode[] = []
  let vanaf = 0
  for (const match of text.matchAll(LINK)) {
    nodes.push(...textNodes(text.slice(vanaf, match.index)))
    const fields = linkFields(match[2], verwijzingen)
    if (fields)
      nodes.push({ ...base(), type: 'link', version: 3, fields, children: textNodes(match[1]) })
    else nodes.push(...textNodes(match[1]))
    vanaf = match.index + match[0].length
  }
  nodes.push(...textNodes(text.slice(vanaf)))
  return nodes
}

export function paragraph(text: string, verwijzingen: References = {}): ParagraphNode {
  return {
    ...base(),
    type: 'paragraph',
    children: inlineNodes(text, verwijzingen),
    textFormat: 0,
    textStyle: '',
  }
}

export function heading(text: string, level: 2 | 3 = 2): HeadingNode {
  return { ...base(), type: 'heading', tag: level === 2 ? 'h2' : 'h3', children: textNodes(text) }
}

export function list(items: string[], ordered = false, verwijzingen: References = {}): ListNode {
  return {
    ...base(),
    type: 'list',
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    children: items.map((item, i) => ({
      ...base(),
      type: 'listitem',
      value: i + 1,
      children: inlineNodes(item, verwijzingen),
    })),
  }
}

/** Stable ids for block and upload nodes, so the same content gives the same JSON. */
const nodeId = (soort: string, n: number) => `${soort}${String(n).padStart(20, '0')}`.slice(0, 24)

export function lexicalDocument(blocks: Block[], verwijzingen: References = {}): LexicalDocument {
  const children = blocks.flatMap((block, i): LexicalNode[] => {
    if (typeof block === 'string') return [paragraph(block, verwijzingen)]
    if ('heading' in block) return [heading(block.heading, block.level)]
    if ('video' in block) {
      return [
        {
          type: 'block',
          version: 2,
          format: '',
          fields: {
            id: nodeId('video', i),
            blockName: '',
            blockType: 'video',
            url: block.video,
            titel: block.titel,
          },
        },
      ]
    }
    if ('afbeelding' in block) {
      const id = verwijzingen.media?.(block.afbeelding)
      return id === undefined
        ? []
        : [
            {
              type: 'upload',
              version: 3,
              format: '',
              id: nodeId('beeld', i),
              fields: null,
              relationTo: 'media',
              value: id,
            },
          ]
    }
    return [list(block.list, block.ordered, verwijzingen)]
  })
  return { root: { ...base(), type: 'root', children } }
}

/** The common case: one or more paragraphs of plain text. */
export function lexicalParagraphs(...texts: string[]): LexicalDocument {
  return lexicalDocument(texts)
}

/** The text of a document, paragraphs separated by a blank line (for tests and search). */
export function lexicalToPlainText(
  document: { root: { children: unknown[] } } | null | undefined,
): string {
  const walk = (node: unknown): string => {
    const n = node as { text?: string; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    return (n.children ?? [])
      .map(walk)
      .join(n.children && (node as { type?: string }).type === 'list' ? '\n' : '')
  }
  return (document?.root.children ?? []).map(walk).join('\n\n')
}
