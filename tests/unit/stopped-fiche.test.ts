import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { StoppedFiche } from '@/components/fiches/StoppedFiche'
import { STOPPED_FICHE_HTML } from '@/revalidation/stopped-marker'
import PaginaCacheJs, {
  STOPPED_FICHE_HTML as MARK_IN_CACHE,
  statusForPage,
} from '../../src/revalidation/cache-handler.mjs'

// Plain JavaScript that Next loads itself (next.config.mjs cacheHandler): its base class is Next's own,
// reached through a CommonJS default (`.default ?? module`) whose type TypeScript cannot follow.
type CacheEntry = { value?: { status?: number } } | null
// eslint-disable-next-line no-restricted-syntax -- see above: TypeScript cannot follow the base class of this JavaScript module.
const PaginaCache = PaginaCacheJs as unknown as new (ctx: Record<string, unknown>) => {
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
  get: (key: string, ctx: unknown) => Promise<CacheEntry>
}

const pagina = (html: string, status?: number) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(''),
  headers: {},
  postponed: undefined,
  status,
  segmentData: undefined,
})

describe("a stopped fiche's page is served as 410 Gone from the page cache", () => {
  const html = renderToStaticMarkup(
    createElement(StoppedFiche, { naam: 'WZC Nottebohm', gemeente: 'Gent', rubriek: 8 }),
  )

  it('says the fiche is no longer active and points to similar offer nearby', () => {
    expect(html).toContain('<h1>Deze fiche is niet meer actief</h1>')
    expect(html).toContain('href="/zoeken?rubriek=8&amp;waar=Gent"')
    expect(html).toContain('in de buurt van Gent')
  })

  it('carries the mark the page cache looks for, and the cache stores it with status 410', () => {
    expect(MARK_IN_CACHE).toBe(STOPPED_FICHE_HTML)
    expect(html).toContain(STOPPED_FICHE_HTML)
    expect(statusForPage(pagina(`<html><body>${html}</body></html>`, 200))).toBe(410)
  })

  it('leaves every other page its own status, also one whose text quotes the mark', () => {
    const tekst = renderToStaticMarkup(
      createElement('p', null, `Zie ${STOPPED_FICHE_HTML} in de broncode`),
    )
    expect(statusForPage(pagina(tekst, 200))).toBe(200)
    expect(statusForPage(pagina('<main>Niet gevonden</main>', 404))).toBe(404)
    expect(
      statusForPage({ kind: 'APP_ROUTE', body: Buffer.from(STOPPED_FICHE_HTML), status: 200 }),
    ).toBe(200)
  })

  it('the cache handler stores the status with the page and answers it on the next visit', async () => {
    const cache = new PaginaCache({
      dev: false,
      flushToDisk: false,
      serverDistDir: mkdtempSync(path.join(tmpdir(), 'paginacache-')),
      maxMemoryCacheSize: 10_000_000,
      revalidatedTags: [],
      _requestHeaders: {},
    })
    const context = {
      cacheControl: { revalidate: 3600, expire: undefined },
      isRoutePPREnabled: false,
      isFallback: false,
    }
    await cache.set('/organisaties/wzc-nottebohm-12', pagina(`<body>${html}</body>`, 200), context)
    await cache.set(
      '/organisaties/wzc-vitaal-13',
      pagina('<body><h1>WZC Vitaal</h1></body>', 200),
      context,
    )
    const gestopt = await cache.get('/organisaties/wzc-nottebohm-12', {
      kind: 'APP_PAGE',
      isRoutePPREnabled: false,
      isFallback: false,
    })
    const actief = await cache.get('/organisaties/wzc-vitaal-13', {
      kind: 'APP_PAGE',
      isRoutePPREnabled: false,
      isFallback: false,
    })
    expect(gestopt?.value?.status).toBe(410)
    expect(actief?.value?.status).toBe(200)
  })
})
