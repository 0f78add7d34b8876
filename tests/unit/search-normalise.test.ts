import { describe, expect, it } from 'vitest'

import { normaliseTerm, termForms, tokenise } from '@/search/query/normalise'
import { singularForms } from '@/search/query/plurals'

describe('search: how typed text is read', () => {
  it("'diëtist' and 'dietist' are the same search", () => {
    expect(normaliseTerm('Diëtist')).toBe('dietist')
    expect(tokenise('DIËTIST')).toEqual(tokenise('dietist'))
  })

  it('capitals, accents and extra spaces do not matter', () => {
    expect(normaliseTerm('  Crèche   Ons  Kindje ')).toBe('creche ons kindje')
  })

  it("'Sint-Niklaas' is found as 'sint niklaas', and as 'sint' and 'niklaas' apart", () => {
    expect(termForms('Sint-Niklaas')).toEqual(['sint niklaas', 'sint', 'niklaas'])
    expect(tokenise('huisarts Sint-Niklaas')).toEqual(['huisarts', 'sint', 'niklaas'])
  })

  it('little words like "een", "in" and "de" are ignored', () => {
    expect(tokenise('een huisarts in de buurt van Gent')).toEqual(['huisarts', 'buurt', 'gent'])
  })

  it('a postcode is kept as a search word', () => {
    expect(tokenise('tandarts 9000')).toEqual(['tandarts', '9000'])
  })

  it("\"baby's\" is one word, not 'baby' and 's'", () => {
    expect(tokenise("opvang voor baby's")).toEqual(['opvang', 'babys'])
    expect(singularForms('babys')).toContain('baby')
  })
})

describe('search: plurals find singulars', () => {
  it.each([
    ['huisartsen', 'huisarts'],
    ['artsen', 'arts'],
    ['tandartsen', 'tandarts'],
    ['kinesitherapeuten', 'kinesitherapeut'],
    ['logopedisten', 'logopedist'],
    ['woonzorgcentra', 'woonzorgcentrum'],
    ['centra', 'centrum'],
    ['dietisten', 'dietist'],
    ['apotheken', 'apotheek'],
    ['praktijken', 'praktijk'],
    ['psychologen', 'psycholoog'],
    ['ziekenhuizen', 'ziekenhuis'],
    ['verpleegkundigen', 'verpleegkundige'],
    ['gezinnen', 'gezin'],
    ['dokters', 'dokter'],
    ['kinderen', 'kind'],
  ])("searching '%s' also matches '%s'", (plural, singular) => {
    const forms = singularForms(plural)
    expect(forms[0]).toBe(plural)
    expect(forms).toContain(singular)
  })

  it.each(['thuis', 'gent', 'mens', 'huis', 'grens', 'tienen', 'leuven', 'zorg', 'arts', '9000'])(
    "'%s' is not a plural and is left alone",
    (word) => {
      expect(singularForms(word)).toEqual([word])
    },
  )

  it("'ouderen' (elderly) keeps its meaning: it finds 'oudere' but never 'ouder' (parent)", () => {
    expect(singularForms('ouderen')).toEqual(['ouderen', 'oudere'])
  })
})
