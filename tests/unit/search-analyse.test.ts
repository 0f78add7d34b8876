import { describe, expect, it } from 'vitest'

import { analyseQuery, toTsQuery } from '@/search/query'
import { documentLexemes, matchesDocument } from '@/search/query/document'

const finds = (query: string, text: string, prefix = false) =>
  matchesDocument(analyseQuery(query), text, { prefix })

describe('search: what a query finds', () => {
  it("searching 'huisartsen' also matches 'huisarts'", () => {
    expect(finds('huisartsen', 'Huisarts Janssens')).toBe(true)
    expect(analyseQuery('huisartsen').tokens[0]?.variants.slice(0, 2)).toEqual([
      'huisartsen',
      'huisarts',
    ])
  })

  it("searching 'huisarts' also matches a fiche about 'huisartsen'", () => {
    expect(finds('huisarts', 'Groepspraktijk van drie huisartsen')).toBe(true)
  })

  it("'rusthuis' finds woonzorgcentra", () => {
    expect(finds('rusthuis', 'Woonzorgcentra in het Waasland')).toBe(true)
  })

  it("'diëtist' and 'dietist' are the same search", () => {
    expect(toTsQuery(analyseQuery('Diëtist'), { prefix: false })).toBe(
      toTsQuery(analyseQuery('dietist'), { prefix: false }),
    )
    expect(finds('dietist', 'Diëtisten Gent')).toBe(true)
  })

  it("every word must match: 'tandarts Gent' does not find a tandarts in Leuven", () => {
    expect(finds('tandarts Gent', 'Tandartsenpraktijk, Leuven')).toBe(false)
    expect(finds('tandarts Gent', 'Tandarts De Smet, Gent')).toBe(true)
  })

  it("'sociale diensten' is read as one phrase and also finds the OCMW", () => {
    const analysed = analyseQuery('sociale diensten')
    expect(analysed.tokens).toHaveLength(1)
    expect(analysed.tokens[0]?.variants).toEqual(expect.arrayContaining(['sociale dienst', 'ocmw']))
    expect(finds('sociale diensten', 'OCMW Aalst')).toBe(true)
  })

  it('while typing, the last word is matched as the start of a word', () => {
    expect(analyseQuery('kinesi').tokens[0]?.prefix).toBe(true)
    expect(analyseQuery('kinesi ').tokens[0]?.prefix).toBe(false)
    expect(analyseQuery('kinesi in').tokens[0]?.prefix).toBe(false)
    expect(finds('woonzorg', 'Woonzorgcentrum Ter Biest', true)).toBe(true)
    expect(finds('woonzorg', 'Woonzorgcentrum Ter Biest', false)).toBe(false)
  })

  it("indexing keeps the words and adds their singulars, without 'de' and 'van'", () => {
    expect(documentLexemes('De praktijk van de huisartsen')).toEqual([
      'praktijk',
      'huisartsen',
      'huisarts',
    ])
  })
})

describe('search: the PostgreSQL query text', () => {
  it('AND between words, OR between the forms of a word', () => {
    expect(toTsQuery(analyseQuery('logopedisten Gent'), { prefix: false })).toBe(
      '(logopedisten | logopedist | logopedie) & gent',
    )
  })

  it("':*' goes on every form of the last word while typing, and only when asked", () => {
    expect(toTsQuery(analyseQuery('gent kine'), { prefix: true })).toBe(
      'gent & (kine:* | kinesitherapeut:* | kinesist:* | fysiotherapeut:*)',
    )
    expect(toTsQuery(analyseQuery('gent kine'), { prefix: false })).not.toContain(':*')
  })

  it('a multi-word synonym becomes an AND group', () => {
    expect(toTsQuery(analyseQuery('ocmw'), { prefix: false })).toBe(
      '(ocmw | (sociale & dienst) | (sociaal & huis) | cpas)',
    )
  })

  it('a quote or a backslash in the query cannot break the SQL', () => {
    for (const nasty of [
      "huisarts'); DROP TABLE fiches; --",
      'arts\\',
      "'",
      '\\\\',
      'a & | ! ( ) :* <-> "b"',
    ]) {
      const tsquery = toTsQuery(analyseQuery(nasty), { prefix: true })
      expect(tsquery).toMatch(/^[a-z0-9:*&|() ]*$/)
      expect(tsquery).not.toMatch(/['"\\;!<>-]/)
    }
    expect(toTsQuery(analyseQuery("huisarts'); DROP TABLE fiches; --"), { prefix: false })).toBe(
      '(huisarts | dokter | arts | geneesheer | huisdokter) & drop & table & (fiches | fiche)',
    )
  })

  it('an empty query or only little words gives an empty query text (then we just list)', () => {
    for (const empty of ['', '   ', 'de het een', '!?-', "'"]) {
      expect(analyseQuery(empty).tokens).toEqual([])
      expect(toTsQuery(analyseQuery(empty), { prefix: true })).toBe('')
    }
  })
})
