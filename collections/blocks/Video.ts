import type { Block } from 'payload'

import { isWebAddress } from '@/domain/video'

/**
 * A video in a handleiding or FAQ answer. YouTube and Vimeo links are embedded (see
 * src/domain/video.ts); any other address becomes a plain link. The title is what a screen reader
 * announces for the player, so it is required.
 */
export const VideoBlock: Block = {
  slug: 'video',
  interfaceName: 'VideoBlok',
  labels: { singular: 'Video', plural: "Video's" },
  fields: [
    {
      name: 'url',
      label: 'Adres van de video',
      type: 'text',
      required: true,
      admin: {
        description:
          'Een link naar YouTube of Vimeo wordt ingesloten; andere adressen worden een gewone link.',
      },
      validate: (value: string | null | undefined) =>
        value && isWebAddress(value) ? true : 'Geef een webadres dat begint met https://.',
    },
    {
      name: 'titel',
      label: 'Titel',
      type: 'text',
      required: true,
      admin: { description: 'Waarover de video gaat; schermlezers lezen dit voor.' },
    },
  ],
}
