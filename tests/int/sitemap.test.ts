import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as robots } from '../../app/(frontend)/robots.txt/route'
import { GET as sitemapIndex } from '../../app/(frontend)/sitemap.xml/route'
import { GET as sitemapPage } from '../../app/(frontend)/sitemaps/[soort]/[pagina]/route'
import { ficheUrl } from '@/domain/fiche-url'

import { makeFactories } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { buildWorld } from './helpers/world'

let payload: Payload
let actief: { id: number; naam: string }
let gestopt: { id: number; naam: string }

beforeAll(async () => {
  payload = await testPayload()
  const f = makeFactories(await buildWorld(payload, 'sitemap'))
  actief = await f.organisatie('antwerpen')
  gestopt = await f.organisatie('antwerpen', { status: 'stopgezet' })
}, 120_000)

const page = (soort: string, pagina: string) =>
  sitemapPage(new Request(`http://kaart.test/sitemaps/${soort}/${pagina}`), {
    params: Promise.resolve({ soort, pagina }),
  })

describe('sitemaps for search engines', () => {
  it('list the sitemap files per fiche type under the site address', async () => {
    const response = await sitemapIndex(new Request('http://kaart.test/sitemap.xml'))
    expect(response.headers.get('content-type')).toMatch(/xml/)
    const xml = await response.text()
    expect(xml).toContain('<loc>http://kaart.test/sitemaps/organisaties/1.xml</loc>')
  })

  it('hold active fiches at their public address, never stopped ones', async () => {
    const xml = await (await page('organisaties', '1.xml')).text()
    expect(xml).toContain(
      `<loc>http://kaart.test${ficheUrl('organisatie', actief.id, actief.naam)}</loc>`,
    )
    expect(xml).not.toContain(`-${gestopt.id}</loc>`)
  })

  it('answer 404 for an unknown type or a page past the end', async () => {
    expect((await page('kappers', '1.xml')).status).toBe(404)
    expect((await page('organisaties', '999.xml')).status).toBe(404)
    expect((await page('organisaties', 'abc')).status).toBe(404)
  })

  it('are announced in robots.txt, which keeps crawlers out of the admin and the API', async () => {
    const text = await robots(new Request('http://kaart.test/robots.txt')).text()
    expect(text).toContain('Sitemap: http://kaart.test/sitemap.xml')
    expect(text).toContain('Disallow: /admin')
  })
})
