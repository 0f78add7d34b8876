import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { headingId, nodeText } from '@/content/inhoudstafel'

// Headings get the anchors the table of contents links to (see src/content/inhoudstafel.ts).
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: ({ node, nodesToJSX }) => {
    const Tag = (['h2', 'h3', 'h4'].includes(node.tag) ? node.tag : 'h2') as 'h2' | 'h3' | 'h4'
    return <Tag id={headingId(nodeText(node as never).trim())}>{nodesToJSX({ nodes: node.children })}</Tag>
  },
})

/** Rich text written by the content team. */
export function Inhoud({ data }: { data: unknown }) {
  return <RichText data={data as never} converters={converters} />
}
