import { describe, expect, it } from 'vitest'

import { expandSynonyms, typesenseSynonyms } from '@/search/query/synonyms'

describe('search: synonyms', () => {
  it("'dokter' finds huisartsen, and 'huisarts' finds dokters", () => {
    expect(expandSynonyms('dokter')).toEqual(expect.arrayContaining(['dokter', 'huisarts', 'arts']))
    expect(expandSynonyms('huisarts')).toContain('dokter')
  })

  it("'kine' is short for kinesitherapeut", () => {
    expect(expandSynonyms('Kine')).toEqual(
      expect.arrayContaining(['kine', 'kinesitherapeut', 'kinesist']),
    )
  })

  it("'rusthuis', 'wzc' and 'woonzorgcentrum' are the same search", () => {
    for (const term of ['rusthuis', 'wzc', 'woonzorgcentrum']) {
      expect(expandSynonyms(term)).toEqual(
        expect.arrayContaining(['rusthuis', 'wzc', 'woonzorgcentrum']),
      )
    }
  })

  it("one-way synonym: 'thuiszorg' widens to 'gezinszorg' but 'gezinszorg' does not widen to 'thuiszorg'", () => {
    expect(expandSynonyms('thuiszorg')).toContain('gezinszorg')
    expect(expandSynonyms('gezinszorg')).not.toContain('thuiszorg')
  })

  it("one-way synonym: 'psycholoog' finds psychotherapeuten, not the other way round", () => {
    expect(expandSynonyms('psycholoog')).toContain('psychotherapeut')
    expect(expandSynonyms('psychotherapeut')).toEqual(['psychotherapeut'])
  })

  it("'ocmw' finds the sociale dienst and the Brussels 'cpas'", () => {
    expect(expandSynonyms('OCMW')).toEqual(expect.arrayContaining(['sociale dienst', 'cpas']))
    expect(expandSynonyms('sociale dienst')).toContain('ocmw')
  })

  it("'caw' finds algemeen welzijnswerk, and 'tandarts' finds tandheelkunde", () => {
    expect(expandSynonyms('caw')).toContain('algemeen welzijnswerk')
    expect(expandSynonyms('tandarts')).toEqual(
      expect.arrayContaining(['tandheelkunde', 'tandheelkundige']),
    )
  })

  it("accents do not matter in synonyms: 'diëtist' finds voedingsdeskundigen", () => {
    expect(expandSynonyms('diëtist')).toEqual(['dietist', 'voedingsdeskundige'])
  })

  it('a word without synonyms is returned on its own', () => {
    expect(expandSynonyms('gent')).toEqual(['gent'])
  })

  it('the same sets can be sent to Typesense, one-way sets with their root', () => {
    const sets = typesenseSynonyms()
    const ids = sets.map((set) => set.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(sets.find((set) => 'root' in set && set.root === 'thuiszorg')).toMatchObject({
      synonyms: expect.arrayContaining(['gezinszorg']),
    })
    const dokter = sets.find((set) => !('root' in set) && set.synonyms.includes('dokter'))
    expect(dokter?.synonyms).toEqual(expect.arrayContaining(['huisarts', 'arts']))
    expect(sets.find((set) => set.synonyms.includes('diëtist'))?.synonyms).toContain('dietist')
  })
})
