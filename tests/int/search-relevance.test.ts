import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as zoekenApi } from '../../app/(frontend)/api/zoeken/route'
import { getSearchEngine } from '@/search/engine'
import { runSearch } from '@/search/service'
import type { SearchQuery, SearchResult } from '@/search/types'

import { testPayload } from './helpers/payload'
import { createSearchFixture, type SearchFixture } from './helpers/search-fixture'
import { resetSearch, syncSearch } from './helpers/search'
import { buildWorld } from './helpers/world'

let payload: Payload
let fx: SearchFixture

beforeAll(async () => {
  payload = await testPayload()
  await buildWorld(payload, 'zoeken')
  await resetSearch(payload)
  fx = await createSearchFixture(payload)
  const synced = await syncSearch(payload)
  expect(synced.failed).toBe(0)
}, 120_000)

const search = (query: SearchQuery): Promise<SearchResult> => getSearchEngine(payload).search(query)
const ids = (result: SearchResult) => result.hits.map((h) => h.document.id)
const names = (result: SearchResult) => result.hits.map((h) => h.document.naam)

describe('what is in the index', () => {
  it('holds active fiches of all four types, and never stopped or pending ones', async () => {
    const all = await search({ perPage: 100 })
    expect(ids(all)).toEqual(
      expect.arrayContaining([
        `praktijk:${fx.linde.id}`,
        `zorgverlener:${fx.peeters.id}`,
        `aanbod:${fx.consult.id}`,
        `organisatie:${fx.nottebohm.id}`,
      ]),
    )
    expect(ids(all)).not.toContain(`organisatie:${fx.gesloten.id}`)
    expect(ids(all)).not.toContain(`aanbod:${fx.pending.id}`)
    expect(all.total).toBe(15)
  })
})

describe('text search finds what people type', () => {
  it('finds huisartsen for both "huisarts" and "huisartsen"', async () => {
    for (const tekst of ['huisarts', 'huisartsen', 'Huisartsen']) {
      const result = await search({ tekst })
      expect(ids(result), tekst).toEqual(
        expect.arrayContaining([
          `aanbod:${fx.consult.id}`,
          `zorgverlener:${fx.peeters.id}`,
          `praktijk:${fx.linde.id}`,
        ]),
      )
      expect(ids(result), tekst).not.toContain(`organisatie:${fx.nottebohm.id}`)
    }
  })

  it('finds huisartsen for the synonym "dokter", woonzorgcentra for "rusthuis" and kinesitherapeuten for "kine"', async () => {
    expect(ids(await search({ tekst: 'dokter' }))).toContain(`zorgverlener:${fx.peeters.id}`)
    expect(ids(await search({ tekst: 'rusthuis' }))).toContain(`aanbod:${fx.wzc.id}`)
    expect(ids(await search({ tekst: 'rusthuizen' }))).toContain(`aanbod:${fx.wzc.id}`)
    const kine = await search({ tekst: 'kine' })
    expect(ids(kine)).toEqual(
      expect.arrayContaining([`zorgverlener:${fx.janssens.id}`, `aanbod:${fx.kineAanHuis.id}`]),
    )
  })

  it('does not widen a synonym into compounds: huisarts finds no tandarts, though "tandarts" finds the tandartsenpraktijk', async () => {
    expect(ids(await search({ tekst: 'huisarts' }))).not.toContain(`organisatie:${fx.tandarts.id}`)
    expect(ids(await search({ tekst: 'dokter' }))).not.toContain(`organisatie:${fx.tandarts.id}`)
    expect(ids(await search({ tekst: 'tandarts' }))).toContain(`organisatie:${fx.tandarts.id}`)
    // Typed itself, 'arts' is the end of 'huisarts' and does find it.
    expect(ids(await search({ tekst: 'arts' }))).toEqual(
      expect.arrayContaining([`zorgverlener:${fx.peeters.id}`, `praktijk:${fx.linde.id}`]),
    )
  })

  it('finds a woonzorgcentrum for the compound part "zorgcentrum"', async () => {
    const result = await search({ tekst: 'zorgcentrum' })
    expect(ids(result)).toContain(`aanbod:${fx.wzc.id}`)
    expect(ids(result)).not.toContain(`aanbod:${fx.consult.id}`)
  })

  it('treats "diëtist" and "dietist" alike', async () => {
    const met = await search({ tekst: 'diëtist' })
    const zonder = await search({ tekst: 'dietist' })
    expect(ids(met)).toContain(`zorgverlener:${fx.claes.id}`)
    expect(ids(met)).toContain(`aanbod:${fx.dieet.id}`)
    expect(ids(zonder).sort()).toEqual(ids(met).sort())
  })

  it('corrects a typo like "kinesitherapuet" and says so', async () => {
    const result = await search({ tekst: 'kinesitherapuet' })
    expect(ids(result)).toContain(`zorgverlener:${fx.janssens.id}`)
    expect(result.verbeteringen).toEqual([{ van: 'kinesitherapuet', naar: 'kinesitherapeut' }])
    // A word that is found as typed is left alone.
    expect((await search({ tekst: 'kinesitherapeut' })).verbeteringen).toEqual([])
  })

  it('completes the word being typed when searching as you type', async () => {
    expect(ids(await search({ tekst: 'huisar', prefix: true }))).toContain(
      `aanbod:${fx.consult.id}`,
    )
    expect((await search({ tekst: 'nottebo', prefix: true })).hits[0]?.document.naam).toMatch(
      /Nottebohm/,
    )
  })

  it('ranks the professional with exactly that profession above a fiche that only mentions it', async () => {
    const result = await search({ tekst: 'kinesitherapeut' })
    const janssens = ids(result).indexOf(`zorgverlener:${fx.janssens.id}`)
    const vermelding = ids(result).indexOf(`aanbod:${fx.sport.id}`)
    expect(janssens).toBeGreaterThanOrEqual(0)
    expect(vermelding).toBeGreaterThan(janssens)
  })

  it('ranks a name match first', async () => {
    const result = await search({ tekst: 'nottebohm' })
    expect(names(result).slice(0, 2).sort()).toEqual(['WZC Nottebohm', 'Woonzorgcentrum Nottebohm'])
    expect((await search({ tekst: 'wzc nottebohm' })).hits[0]?.document.id).toBe(
      `organisatie:${fx.nottebohm.id}`,
    )
  })

  it('returns nothing, not an error, for text that matches nothing or only stop words and symbols', async () => {
    expect((await search({ tekst: 'qwxzv' })).total).toBe(0)
    expect((await search({ tekst: "' OR 1=1 --" })).total).toBeGreaterThanOrEqual(0)
    expect((await search({ tekst: 'de het een' })).total).toBe(15)
  })
})

describe('location', () => {
  it('orders by distance from a postcode within a radius and leaves out what is farther', async () => {
    const result = await runSearch(payload, {
      waar: '9000',
      afstand: '15',
      sort: 'afstand',
      per: '50',
    })
    const distances = result.resultaten.map((r) => r.afstandKm ?? Infinity)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(Math.max(...distances)).toBeLessThanOrEqual(15)
    const fiches = result.resultaten.map((r) => r.id)
    expect(fiches).toContain(`praktijk:${fx.beweeg.id}`)
    expect(fiches).not.toContain(`organisatie:${fx.nottebohm.id}`)
    expect(fiches.indexOf(`praktijk:${fx.linde.id}`)).toBeLessThan(
      fiches.indexOf(`praktijk:${fx.beweeg.id}`),
    )
    expect(fiches.indexOf(`praktijk:${fx.beweeg.id}`)).toBeLessThan(
      fiches.indexOf(`organisatie:${fx.vitaal.id}`),
    )
    // Merelbeke is about 12 km out: a 10 km radius leaves it out.
    const dichter = await runSearch(payload, { waar: '9000', afstand: '10' })
    expect(dichter.resultaten.map((r) => r.id)).not.toContain(`organisatie:${fx.vitaal.id}`)
    expect(dichter.total).toBe(result.total - 2)
  })

  it('filters on a municipality by name', async () => {
    const result = await runSearch(payload, { waar: 'Antwerpen' })
    expect(result.resultaten.map((r) => r.id).sort()).toEqual(
      [`aanbod:${fx.wzc.id}`, `organisatie:${fx.nottebohm.id}`].sort(),
    )
  })

  it('combines text and radius', async () => {
    const result = await runSearch(payload, { q: 'huisarts', waar: 'Gentbrugge', afstand: '5' })
    expect(result.resultaten.map((r) => r.id)).toContain(`aanbod:${fx.consult.id}`)
    expect(result.resultaten.every((r) => (r.afstandKm ?? 99) <= 5)).toBe(true)
  })
})

describe('facets', () => {
  it('count every result once per type, and the counts add up to the total', async () => {
    const result = await search({ tekst: 'huisarts' })
    const som = result.facets.type.reduce((sum, f) => sum + f.count, 0)
    expect(som).toBe(result.total)
  })

  it('count a fiche under its rubriek and every ancestor, so a parent holds at least its children', async () => {
    const result = await search({ types: ['aanbod'] })
    const count = (code: string) =>
      result.facets.rubriek.find((f) => f.value === String(fx.rubriek(code)))?.count ?? 0
    expect(count('81')).toBe(count('81.01') + count('81.02') + count('81.03') + count('81.04'))
    expect(count('81.01')).toBe(1)
    expect(count('82')).toBe(2)
  })

  it('filter by a parent rubriek to find the fiches of its children', async () => {
    const result = await search({ rubrieken: [fx.rubriek('82')], types: ['aanbod'] })
    expect(ids(result).sort()).toEqual([`aanbod:${fx.sport.id}`, `aanbod:${fx.wzc.id}`].sort())
  })

  it('filter by doelgroep, beroep and municipality, OR within a facet and AND between them', async () => {
    const ouderen = await search({ doelgroepen: ['ouderen'] })
    expect(ids(ouderen)).toContain(`aanbod:${fx.wzc.id}`)
    expect(ids(ouderen)).not.toContain(`aanbod:${fx.dieet.id}`)
    const beroepen = await search({ beroepen: ['huisarts', 'dietist'], types: ['zorgverlener'] })
    expect(ids(beroepen).sort()).toEqual(
      [`zorgverlener:${fx.peeters.id}`, `zorgverlener:${fx.claes.id}`].sort(),
    )
    // Gentbrugge is part of Gent: its kinesitherapie is the only offer for ouderen in Gent.
    const gent = await search({ gemeenten: ['44021'], doelgroepen: ['ouderen'] })
    expect(ids(gent).sort()).toEqual(
      [
        `aanbod:${fx.kineAanHuis.id}`,
        `praktijk:${fx.beweeg.id}`,
        `zorgverlener:${fx.janssens.id}`,
      ].sort(),
    )
  })

  it('give the municipality counts by NIS code', async () => {
    const result = await search({})
    expect(result.facets.gemeente.find((f) => f.value === '11002')?.count).toBe(2)
  })
})

describe('nu open', () => {
  // Christmas 2026 is a Friday; 10:00 in Brussels is 09:00 UTC.
  const kerstmis = new Date('2026-12-25T09:00:00Z')
  const dagErvoor = new Date('2026-12-24T09:00:00Z')

  it('on a public holiday shows only what opens on holidays', async () => {
    const result = await search({ openOp: kerstmis, types: ['aanbod'] })
    expect(ids(result).sort()).toEqual([`aanbod:${fx.apotheek.id}`, `aanbod:${fx.wzc.id}`].sort())
    expect(result.facets.nuOpen).toBe(2)
  })

  it('on an ordinary weekday also shows the practices', async () => {
    const result = await search({ openOp: dagErvoor, types: ['aanbod'] })
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        `aanbod:${fx.consult.id}`,
        `aanbod:${fx.kineAanHuis.id}`,
        `aanbod:${fx.apotheek.id}`,
      ]),
    )
    expect(ids(result)).not.toContain(`aanbod:${fx.sport.id}`)
  })

  it('at night only shows what is open day and night, and the page marks each result', async () => {
    const nacht = await runSearch(payload, {
      open: '1',
      moment: '2026-12-24T02:00:00Z',
      type: 'aanbod',
    })
    expect(nacht.resultaten.map((r) => r.id)).toEqual([`aanbod:${fx.wzc.id}`])
    expect(nacht.resultaten[0]?.nuOpen).toBe(true)
  })
})

describe('pagination and sorting', () => {
  it('pages through all results without repeats', async () => {
    const seen: string[] = []
    for (let page = 1; page <= 3; page++)
      seen.push(...ids(await search({ perPage: 5, page, sort: 'naam' })))
    expect(seen).toHaveLength(15)
    expect(new Set(seen).size).toBe(15)
    expect((await search({ perPage: 5, page: 4 })).hits).toEqual([])
    const names = (await search({ perPage: 15, sort: 'naam' })).hits.map((h) =>
      h.document.naam.toLowerCase(),
    )
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })
})

describe('the JSON API GET /api/zoeken', () => {
  it('answers with results, facets with labels and the corrections', async () => {
    const response = await zoekenApi(
      new Request('http://localhost/api/zoeken?q=kinesitherapuet&type=zorgverlener'),
    )
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.total).toBe(1)
    expect(body.resultaten[0]).toMatchObject({
      naam: 'Jan Janssens',
      type: 'zorgverlener',
      url: `/zorgverleners/jan-janssens-${fx.janssens.id}`,
    })
    expect(body.verbeteringen).toEqual([{ van: 'kinesitherapuet', naar: 'kinesitherapeut' }])
    expect(body.facetten.beroep).toEqual([
      { value: 'kinesitherapeut', count: 1, label: 'Kinesitherapeut' },
    ])
  })

  it('refuses bad parameters with 400, naming each field and the reason', async () => {
    const response = await zoekenApi(
      new Request('http://localhost/api/zoeken?afstand=abc&type=kapper&waar=Parijs&per=1000'),
    )
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'afstand',
      'per',
      'type',
      'waar',
    ])
    expect(body.errors.find((e: { field: string }) => e.field === 'type').message).toMatch(/kapper/)
  })
})
