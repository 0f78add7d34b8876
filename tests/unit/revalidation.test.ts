import { describe, expect, it } from 'vitest'

import { decideFicheRoute, ficheFromSegment } from '@/domain/fiche-route'
import { ficheTag, pagesToRevalidate } from '@/domain/revalidation'
import { revalidationKey, isValidRevalidationKey } from '@/revalidation/key'
import { requestRevalidation } from '@/revalidation/send'
import { parseRevalidationRequest } from '@/revalidation/request'

describe('which pages a change makes stale', () => {
  it('each fiche at its current address, the home page and the content pages only when asked', () => {
    const werk = pagesToRevalidate({
      fiches: [
        { soort: 'praktijk', id: 28, naam: 'Apotheek De Cock-Peeters' },
        { soort: 'aanbod', id: 126, naam: 'Amira De Cock - apotheker' },
        { soort: 'praktijk', id: 28, naam: 'Apotheek De Cock-Peeters' },
      ],
      home: true,
    })
    expect(werk).toEqual({
      paden: [
        '/',
        '/aanbod/amira-de-cock-apotheker-126',
        '/praktijken/apotheek-de-cock-peeters-28',
      ],
      layouts: [],
      tags: ['fiche:aanbod:126', 'fiche:praktijk:28'],
    })
    expect(pagesToRevalidate({ fiches: [], inhoud: true })).toEqual({
      paden: ['/faq', '/handleidingen'],
      layouts: ['/(frontend)/handleidingen'],
      tags: [],
    })
    expect(pagesToRevalidate({ fiches: [] })).toEqual({ paden: [], layouts: [], tags: [] })
  })

  it('a deleted fiche has no address left, but every cached page of it is expired by its tag', () => {
    expect(
      pagesToRevalidate({ fiches: [], verwijderd: [{ soort: 'zorgverlener', id: 9 }] }),
    ).toEqual({ paden: [], layouts: [], tags: ['fiche:zorgverlener:9'] })
    expect(ficheTag('organisatie', 12)).toBe('fiche:organisatie:12')
  })
})

describe('a fiche address is answered from the current state', () => {
  const adres = ficheFromSegment('organisatie', 'wzc-nottebohm-12')!

  it('reads the id from the address, whatever the name in it', () => {
    expect(adres).toEqual({ soort: 'organisatie', id: 12, segment: 'wzc-nottebohm-12' })
    expect(ficheFromSegment('zorgverlener', '12')).toEqual({
      soort: 'zorgverlener',
      id: 12,
      segment: '12',
    })
    expect(ficheFromSegment('aanbod', 'caf%C3%A9-de-hoek-3')).toEqual({
      soort: 'aanbod',
      id: 3,
      segment: 'café-de-hoek-3',
    })
    expect(ficheFromSegment('aanbod', 'zonder-nummer')).toBeNull()
    expect(ficheFromSegment('aanbod', '%E0%A4%A-1')).toBeNull()
  })

  it('shows an active fiche at its current address and redirects an outdated name there', () => {
    expect(decideFicheRoute(adres, { status: 'actief', naam: 'WZC Nottebohm' })).toEqual({
      actie: 'tonen',
    })
    expect(
      decideFicheRoute(adres, { status: 'actief', naam: 'Woonzorgcentrum Nottebohm' }),
    ).toEqual({
      actie: 'doorverwijzen',
      naar: '/organisaties/woonzorgcentrum-nottebohm-12',
    })
  })

  it('answers gone for a stopped fiche and not found for an unknown or unpublished one', () => {
    expect(decideFicheRoute(adres, { status: 'stopgezet', naam: 'WZC Nottebohm' })).toEqual({
      actie: 'gestopt',
      soort: 'organisatie',
      id: 12,
    })
    expect(decideFicheRoute(adres, { status: 'in_aanvraag', naam: 'WZC Nottebohm' })).toEqual({
      actie: 'onbekend',
    })
    expect(decideFicheRoute(adres, null)).toEqual({ actie: 'onbekend' })
  })
})

describe('the internal revalidation request', () => {
  it('accepts lists of site paths and names the field that is wrong', () => {
    expect(
      parseRevalidationRequest({
        paden: ['/aanbod/x-1'],
        layouts: ['/handleidingen'],
        tags: ['fiche:aanbod:1'],
      }),
    ).toEqual({
      paden: ['/aanbod/x-1'],
      layouts: ['/handleidingen'],
      tags: ['fiche:aanbod:1'],
    })
    expect(parseRevalidationRequest({})).toEqual({ paden: [], layouts: [], tags: [] })
    expect(parseRevalidationRequest({ tags: ['fiche:aanbod:1', 'pagina:/'] })).toMatchObject({
      fout: { field: 'tags.1' },
    })
    expect(parseRevalidationRequest({ tags: 'fiche:aanbod:1' })).toMatchObject({
      fout: { field: 'tags' },
    })
    expect(parseRevalidationRequest(null)).toMatchObject({ fout: { field: 'body' } })
    expect(parseRevalidationRequest({ paden: 'alles' })).toMatchObject({ fout: { field: 'paden' } })
    expect(parseRevalidationRequest({ paden: ['/ok', 'https://elders.test/'] })).toMatchObject({
      fout: { field: 'paden.1' },
    })
    expect(parseRevalidationRequest({ layouts: ['/a b'] })).toMatchObject({
      fout: { field: 'layouts.0' },
    })
  })

  it('only the key derived from the server secret opens it', () => {
    process.env.PAYLOAD_SECRET = 'geheim-voor-de-test'
    expect(isValidRevalidationKey(revalidationKey())).toBe(true)
    expect(isValidRevalidationKey(revalidationKey('een-ander-geheim'))).toBe(false)
    expect(isValidRevalidationKey('')).toBe(false)
    expect(isValidRevalidationKey(null)).toBe(false)
  })

  it('sends many paths in parts, with the key, and fails loudly when the server refuses', async () => {
    process.env.PAYLOAD_SECRET = 'geheim-voor-de-test'
    const verzoeken: {
      url: string
      sleutel: string | null
      body: { paden: string[]; layouts: string[]; tags: string[] }
    }[] = []
    const fetchNep: typeof fetch = async (url, init) => {
      verzoeken.push({
        url: url instanceof Request ? url.url : url.toString(),
        sleutel: new Headers(init?.headers).get('x-revalidatie-sleutel'),
        body: JSON.parse(typeof init?.body === 'string' ? init.body : 'null'),
      })
      return new Response('{}', { status: 200 })
    }
    const paden = Array.from({ length: 1201 }, (_, i) => `/aanbod/a-${i}`)
    const tags = Array.from({ length: 600 }, (_, i) => `fiche:aanbod:${i}`)
    await requestRevalidation(
      'http://127.0.0.1:3000',
      { paden, layouts: ['/handleidingen'], tags },
      fetchNep,
    )
    expect(verzoeken.map((v) => v.body.paden.length)).toEqual([500, 500, 201])
    expect(verzoeken.map((v) => v.body.tags.length)).toEqual([500, 100, 0])
    expect(verzoeken.map((v) => v.body.layouts)).toEqual([['/handleidingen'], [], []])
    expect(
      verzoeken.every(
        (v) =>
          v.url === 'http://127.0.0.1:3000/api/intern/revalideer' &&
          v.sleutel === revalidationKey(),
      ),
    ).toBe(true)

    const weigert: typeof fetch = async () => new Response('nee', { status: 403 })
    await expect(
      requestRevalidation(
        'http://127.0.0.1:3000',
        { paden: ['/'], layouts: [], tags: [] },
        weigert,
      ),
    ).rejects.toThrow(/HTTP 403/)
  })
})
