import { describe, expect, it } from 'vitest'

import { decodeFacetKey, facetKeys } from '@/search/postgres/facet-keys'
import { compoundParts, compoundTails } from '@/search/query/compounds'
import { editDistance } from '@/search/query/edit-distance'

describe('compound parts', () => {
  it('let the head of a compound find it: woonzorgcentrum -> zorgcentrum, centrum', () => {
    expect(compoundTails('woonzorgcentrum')).toEqual(
      expect.arrayContaining(['zorgcentrum', 'centrum']),
    )
    expect(compoundParts('Woonzorgcentra en kinesitherapeuten')).toEqual(
      expect.arrayContaining(['zorgcentrum', 'therapeut']),
    )
  })

  it('leave short words and the word itself alone', () => {
    expect(compoundTails('arts')).toEqual([])
    expect(compoundTails('huisarts')).toContain('arts')
    expect(compoundTails('huisarts')).not.toContain('huisarts')
  })
})

describe('edit distance', () => {
  it('counts a swap of two neighbouring letters as one typo', () => {
    expect(editDistance('kinesitherapuet', 'kinesitherapeut')).toBe(1)
    expect(editDistance('kinesitherapuet', 'kinesitherapie')).toBeGreaterThan(1)
    expect(editDistance('huisarts', 'huisarts')).toBe(0)
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('facet keys', () => {
  it('encode every facet value of a document and decode back to the same values', () => {
    const document: Parameters<typeof facetKeys>[0] = {
      type: 'aanbod',
      doelgroepen: ['ouderen', 'kinderen'],
      beroepen: ['huisarts'],
      nisCodes: ['44021', '11002'],
      rubriekIds: [3, 1200],
    }
    const decoded = facetKeys(document).map(decodeFacetKey)
    expect(decoded).toEqual(
      expect.arrayContaining([
        { facet: 'type', value: 'aanbod' },
        { facet: 'doelgroep', value: 'ouderen' },
        { facet: 'doelgroep', value: 'kinderen' },
        { facet: 'beroep', value: 'huisarts' },
        { facet: 'gemeente', value: '44021' },
        { facet: 'gemeente', value: '11002' },
        { facet: 'rubriek', value: '3' },
        { facet: 'rubriek', value: '1200' },
      ]),
    )
    expect(decoded).toHaveLength(8)
  })
})
