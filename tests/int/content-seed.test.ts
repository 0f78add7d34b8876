import { beforeAll, describe, expect, it } from 'vitest'

import { HANDLEIDINGEN, ZORGVERLENER_STEP_PLAN } from '@/seed/content'
import { seedContent } from '@/seed/write-content'
import type { Handleiding } from '@/payload-types'

import type { ListAnswer } from './helpers/answers'
import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'

type Node = {
  type?: unknown
  fields?: unknown
  value?: unknown
  relationTo?: unknown
  children?: unknown
}
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null
const nodes = (doc: Handleiding['inhoud']): Node[] => {
  const alle: Node[] = []
  const loop = (n: Node) => {
    alle.push(n)
    const kinderen: unknown[] = Array.isArray(n.children) ? n.children : []
    for (const kind of kinderen) if (isNode(kind)) loop(kind)
  }
  loop(doc.root)
  return alle
}

let bySlug: Map<string, Handleiding>

beforeAll(async () => {
  const payload = await testPayload()
  // The demo content may already be there when this file runs twice on one database.
  if (
    (
      await payload.count({
        collection: 'handleidingen',
        where: { titel: { equals: HANDLEIDINGEN[0].titel } },
      })
    ).totalDocs === 0
  ) {
    await seedContent(payload)
  }
  const { docs } = await payload.find({
    collection: 'handleidingen',
    limit: 100,
    depth: 1,
    draft: true,
  })
  bySlug = new Map(docs.map((d) => [d.slug!, d]))
}, 120_000)

describe('the demo handleidingen and FAQ', () => {
  it('link to each other with internal links that resolve to the published pages', async () => {
    const beheer = bySlug.get('het-beheer-van-een-fiche-aanvragen')!
    const links = nodes(beheer.inhoud).filter(
      (n) =>
        n.type === 'link' &&
        isNode(n.fields) &&
        'linkType' in n.fields &&
        n.fields.linkType === 'internal',
    )
    expect(links.length).toBeGreaterThan(0)
    expect(links[0]?.fields).toMatchObject({
      doc: {
        relationTo: 'handleidingen',
        value: { slug: 'uw-fiches-actueel-houden-als-fichebeheerder' },
      },
    })
  })

  it('show the zorgverlener journey as an image from media with its alt text', async () => {
    const zorgverlener = bySlug.get('uw-zorgverlenersfiche-beheren')!
    const upload = nodes(zorgverlener.inhoud).find((n) => n.type === 'upload')
    expect(upload?.relationTo).toBe('media')
    expect(upload?.value).toMatchObject({ alt: ZORGVERLENER_STEP_PLAN.alt, mimeType: 'image/png' })
  })

  it('name related handleidingen, and keep the one draft out of public reach', async () => {
    const zorgverlener = bySlug.get('uw-zorgverlenersfiche-beheren')!
    expect((zorgverlener.gerelateerd as Handleiding[]).map((h) => h.slug)).toContain(
      'een-praktijk-aanmaken-en-uw-aanbod-eraan-koppelen',
    )
    const publiek = await rest<ListAnswer<Handleiding>>('GET', '/handleidingen', {
      query: 'limit=100&depth=0',
    })
    const slugs = publiek.body.docs.map((d) => d.slug)
    expect(slugs).toContain('wat-doet-het-regionale-team-sociale-kaart')
    expect(slugs).not.toContain('sociale-kaart-op-maat-voor-uw-gemeente')
  })
})
