import { describe, expect, it } from 'vitest'

import { ficheUrlSegment, parseFicheUrlSegment, slugify } from '@/domain/slug'

describe('slugs', () => {
  it('a name becomes lowercase words joined by dashes', () => {
    expect(slugify('Wijkgezondheidscentrum De Kaai')).toBe('wijkgezondheidscentrum-de-kaai')
  })

  it('accents are dropped', () => {
    expect(slugify('Diëtist Noël Brûlé')).toBe('dietist-noel-brule')
  })

  it('punctuation and spaces collapse into one dash, none at the ends', () => {
    expect(slugify('  CAW Oost-Brabant (Leuven) — onthaal!  ')).toBe(
      'caw-oost-brabant-leuven-onthaal',
    )
    expect(slugify("Kind's Huis & Thuis")).toBe('kinds-huis-en-thuis')
  })

  it('a name without letters or digits gives an empty slug', () => {
    expect(slugify('—!?')).toBe('')
  })

  it('a long name is cut at a word boundary within 80 characters', () => {
    const naam =
      'Centrum voor geestelijke gezondheidszorg van de regio Zuid-West-Vlaanderen en de Westhoek afdeling kinderen'
    const slug = slugify(naam)
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toBe(
      'centrum-voor-geestelijke-gezondheidszorg-van-de-regio-zuid-west-vlaanderen-en-de',
    )
    expect(slug.endsWith('-')).toBe(false)
  })

  it('a name that fills exactly 80 characters is kept whole', () => {
    const woord = 'a'.repeat(39)
    expect(slugify(`${woord} ${woord}x`)).toHaveLength(80)
  })

  it('a single word longer than 80 characters is cut at 80', () => {
    expect(slugify('x'.repeat(100))).toHaveLength(80)
  })
})

describe('fiche URL segment', () => {
  it('is the slug of the name followed by the id', () => {
    expect(ficheUrlSegment('Huisartsenpraktijk De Linde', 42)).toBe(
      'huisartsenpraktijk-de-linde-42',
    )
  })

  it('is just the id when the name gives no slug', () => {
    expect(ficheUrlSegment('???', 7)).toBe('7')
  })

  it('reads back the id, even when the name ends in a number', () => {
    expect(parseFicheUrlSegment('huisartsenpraktijk-de-linde-42')).toEqual({
      slug: 'huisartsenpraktijk-de-linde',
      id: 42,
    })
    expect(parseFicheUrlSegment(ficheUrlSegment('Dienstencentrum 2000', 15))).toEqual({
      slug: 'dienstencentrum-2000',
      id: 15,
    })
    expect(parseFicheUrlSegment('7')).toEqual({ slug: '', id: 7 })
  })

  it('a segment without a trailing number has no id', () => {
    expect(parseFicheUrlSegment('huisartsenpraktijk-de-linde')).toBeNull()
    expect(parseFicheUrlSegment('')).toBeNull()
    expect(parseFicheUrlSegment('abc-12x')).toBeNull()
  })
})
