import { describe, expect, it } from 'vitest'

import { parseSearchParams, toSearchString } from '@/search/params'
import { resolvePlace } from '@/search/location'

describe('search parameters', () => {
  it('read a whole search from the URL and write it back the same way', () => {
    const url =
      'q=huisarts&waar=Gent&afstand=10&type=aanbod&type=praktijk&rubriek=12&doelgroep=ouderen&open=1&sort=afstand&pagina=2'
    const { params, query, fouten } = parseSearchParams(new URLSearchParams(url))
    expect(fouten).toEqual([])
    expect(query).toMatchObject({
      tekst: 'huisarts',
      types: ['aanbod', 'praktijk'],
      rubrieken: [12],
      doelgroepen: ['ouderen'],
      sort: 'afstand',
      page: 2,
    })
    expect(query.nabij).toMatchObject({ straalKm: 10 })
    expect(query.openOp).toBeInstanceOf(Date)
    expect(toSearchString(params)).toBe(url)
  })

  it('filter on the municipality itself when a municipality is given without a distance', () => {
    const { query } = parseSearchParams({ waar: 'Sint-Niklaas' })
    expect(query.gemeenten).toEqual(['46021'])
    expect(query.nabij?.straalKm).toBeUndefined()
    expect(query.sort).toBe('afstand')
  })

  it('search around a postcode or deelgemeente, which is smaller than its municipality', () => {
    expect(resolvePlace('2140')).toMatchObject({ nis: null, standaardStraalKm: 5 })
    expect(resolvePlace('Borgerhout')?.label).toMatch(/Borgerhout/)
    const { query } = parseSearchParams({ waar: '2140' })
    expect(query.gemeenten).toBeUndefined()
    expect(query.nabij?.straalKm).toBe(5)
  })

  it('name every bad parameter with its reason and drop it from the search', () => {
    const { fouten, query } = parseSearchParams({
      afstand: '500',
      lat: '51',
      type: 'kapper',
      gemeente: '9000',
      moment: 'morgen',
      waar: 'Parijs',
      per: '0',
    })
    expect(fouten.map((f) => f.field).sort()).toEqual([
      'afstand',
      'gemeente',
      'lon',
      'moment',
      'per',
      'type',
      'waar',
    ])
    expect(query).toEqual({ page: 1, perPage: 20, sort: 'naam' })
  })

  it('ignore blank fields that a form without JavaScript submits', () => {
    const { fouten, query } = parseSearchParams({ q: '', waar: '', afstand: '', sort: '' })
    expect(fouten).toEqual([])
    expect(query.tekst).toBeUndefined()
  })
})
