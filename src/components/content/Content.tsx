import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { headingIds, nodeText } from '@/content/table-of-contents'
import { contentHref, type LinkFields } from '@/content/links'
import { isWebAddress, videoEmbed } from '@/domain/video'
import type { FaqItem, Handleiding } from '@/payload-types'

import './content.css'

type MediaDoc = {
  url?: string | null
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  sizes?: {
    content?: { url?: string | null; width?: number | null; height?: number | null } | null
  } | null
}

type VideoVelden = { url?: string; titel?: string }

function Afbeelding({ media }: { media: MediaDoc }) {
  if (!media.url) return null
  if (!media.mimeType?.startsWith('image/')) {
    return (
      <p>
        <a href={media.url}>{media.alt || media.filename}</a> (
        {media.mimeType === 'application/pdf' ? 'pdf' : 'bestand'})
      </p>
    )
  }
  // The 1200 px rendition when Payload made one: originals can be camera-sized.
  const beeld = media.sizes?.content?.url ? media.sizes.content : media
  return (
    <figure className="inhoud-beeld">
      <img
        src={beeld.url!}
        alt={media.alt ?? ''}
        width={beeld.width ?? undefined}
        height={beeld.height ?? undefined}
        loading="lazy"
        decoding="async"
      />
    </figure>
  )
}

function Video({ url = '', titel = 'Video' }: VideoVelden) {
  const embed = videoEmbed(url)
  if (!embed) {
    return isWebAddress(url) ? (
      <p>
        <a href={url}>Video: {titel}</a>
      </p>
    ) : null
  }
  return (
    <figure className="inhoud-video">
      <iframe
        src={embed.embedUrl}
        title={`Video: ${titel}`}
        loading="lazy"
        allow="encrypted-media; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
      />
      <figcaption>
        {titel} (<a href={url}>bekijk op {embed.aanbieder === 'youtube' ? 'YouTube' : 'Vimeo'}</a>)
      </figcaption>
    </figure>
  )
}

// Headings get the anchors the table of contents links to (see src/content/table-of-contents.ts); links,
// images and videos are rendered only when they are safe and visible to the visitor.
const converters =
  (idVan: (tekst: string) => string): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const Tag = (['h2', 'h3', 'h4'].includes(node.tag) ? node.tag : 'h2') as 'h2' | 'h3' | 'h4'
      return <Tag id={idVan(nodeText(node).trim())}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    link: ({ node, nodesToJSX }) => {
      const velden = node.fields as LinkFields
      const href = contentHref(velden)
      const kinderen = nodesToJSX({ nodes: node.children })
      if (!href) return <>{kinderen}</>
      return velden.newTab ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {kinderen}
          <span className="sr-only"> (opent in een nieuw venster)</span>
        </a>
      ) : (
        <a href={href}>{kinderen}</a>
      )
    },
    autolink: ({ node, nodesToJSX }) => {
      const href = contentHref({ linkType: 'custom', url: (node.fields as LinkFields).url })
      const kinderen = nodesToJSX({ nodes: node.children })
      return href ? <a href={href}>{kinderen}</a> : <>{kinderen}</>
    },
    upload: ({ node }) => {
      const value = (node as { value?: unknown }).value
      return typeof value === 'object' && value ? <Afbeelding media={value} /> : null
    },
    blocks: {
      ...defaultConverters.blocks,
      video: ({ node }: { node: { fields: VideoVelden } }) => <Video {...node.fields} />,
    },
  })

/** Rich text written by the content team. */
export function Content({ data }: { data: Handleiding['inhoud'] | FaqItem['antwoord'] }) {
  return <RichText data={data} converters={converters(headingIds())} />
}
