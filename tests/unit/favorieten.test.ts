import { describe, expect, it } from 'vitest'

import {
  checkFiche,
  checkId,
  checkName,
  ficheFromResultId,
  NAME_MAX,
} from '@/domain/favorieten/limits'
import { isShareToken, newShareToken } from '@/favorieten/share-token'
import { safeReturnPath } from '@/favorieten/return-path'
import { normaliseZoekopdracht, zoekopdrachtHref } from '@/favorieten/zoekopdracht'

describe('names of lists and saved searches', () => {
  it('are trimmed, with inner spaces folded', () => {
    expect(checkName('  Voor   mama ')).toEqual({ ok: true, value: 'Voor mama' })
  })
  it('are required and at most NAAM_MAX characters', () => {
    for (const naam of ['', '   ', undefined, 12, 'x'.repeat(NAME_MAX + 1)])
      expect(checkName(naam)).toMatchObject({ ok: false, errors: [{ field: 'naam' }] })
    expect(checkName('x'.repeat(NAME_MAX)).ok).toBe(true)
  })
})

describe('a fiche on a list', () => {
  it('is one of the four kinds with a positive whole id', () => {
    expect(checkFiche('aanbod', '12')).toEqual({
      ok: true,
      value: { ficheSoort: 'aanbod', ficheId: 12 },
    })
    expect(checkFiche('kapsalon', 12)).toMatchObject({
      ok: false,
      errors: [{ field: 'ficheSoort' }],
    })
    for (const id of ['0', '-3', '1.5', 'abc', '', null])
      expect(checkFiche('aanbod', id)).toMatchObject({ ok: false, errors: [{ field: 'ficheId' }] })
    expect(checkId('7x', 'lijst')).toMatchObject({ ok: false, errors: [{ field: 'lijst' }] })
  })
  it('comes from a search result id', () => {
    expect(ficheFromResultId('zorgverlener:12')).toEqual({
      ficheSoort: 'zorgverlener',
      ficheId: 12,
    })
    expect(ficheFromResultId('rubriek:3')).toBeNull()
  })
})

describe('a saved search', () => {
  it('is the clean URL state of /zoeken, in the order the search page writes it, without the page number', () => {
    expect(normaliseZoekopdracht('/zoeken?waar=Gent&q=huisarts&pagina=4')).toEqual({
      ok: true,
      value: 'q=huisarts&waar=Gent',
    })
    expect(normaliseZoekopdracht('?type=aanbod&type=praktijk&open=1')).toEqual({
      ok: true,
      value: 'type=aanbod&type=praktijk&open=1',
    })
    expect(normaliseZoekopdracht('')).toEqual({ ok: true, value: '' })
    expect(zoekopdrachtHref('')).toBe('/zoeken')
    expect(zoekopdrachtHref('q=kine')).toBe('/zoeken?q=kine')
  })
  it('is refused when the search would refuse it, naming the field', () => {
    for (const bad of [
      'afstand=500',
      'waar=Parijs',
      'doelgroep=iedereen',
      `q=${'x'.repeat(2100)}`,
      null,
      5,
    ]) {
      expect(normaliseZoekopdracht(bad)).toMatchObject({
        ok: false,
        errors: [{ field: 'zoekopdracht' }],
      })
    }
  })
})

describe('share tokens', () => {
  it('are 256 random bits, never the same twice, and anything else is not a token', () => {
    const a = newShareToken()
    expect(isShareToken(a)).toBe(true)
    expect(a).not.toBe(newShareToken())
    for (const bad of [a.slice(1), `${a}x`, '../../etc/passwd', '1', null])
      expect(isShareToken(bad)).toBe(false)
  })
})

describe('going back after a form', () => {
  it('only to a path on this site', () => {
    expect(safeReturnPath('/zoeken?q=huisarts+gent&type=aanbod')).toBe(
      '/zoeken?q=huisarts+gent&type=aanbod',
    )
    for (const bad of [
      '//elders.be/x',
      '/\\elders.be',
      'https://elders.be',
      'javascript:alert(1)',
      5,
    ])
      expect(safeReturnPath(bad)).toBe('/account')
  })
})
