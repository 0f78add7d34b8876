import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { VideoBlock } from '../blocks/Video'

/**
 * The editor of handleidingen and FAQ answers: Payload's default features (headings, lists, links,
 * images from media), internal links limited to the content itself, and video links.
 */
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: ['handleidingen', 'faq'] }),
    BlocksFeature({ blocks: [VideoBlock] }),
  ],
})
