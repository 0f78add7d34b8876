// Rich text (Lexical JSON) flattened to the words a searcher may type. Only text nodes count: link
// URLs, image ids and formatting are not something people search for.

type Node = { type?: string; text?: unknown; children?: unknown }

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

export function lexicalToText(value: unknown, maxLength = 4000): string {
  const parts: string[] = []
  let length = 0
  const walk = (node: unknown) => {
    if (length >= maxLength || !node || typeof node !== 'object') return
    const { type, text, children } = node as Node
    if (typeof text === 'string') {
      parts.push(text)
      length += text.length
    }
    if (Array.isArray(children)) for (const child of children) walk(child)
    if (type && BLOCKS.has(type)) parts.push('\n')
  }
  walk((value as { root?: unknown } | null)?.root ?? value)
  return parts
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim()
    .slice(0, maxLength)
}
