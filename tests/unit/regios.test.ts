import { describe, expect, it } from 'vitest'

import { gemeentenInScope, gemeenteByNis } from '@/domain/geo'
import { defaultRegioForGemeente, defaultRegios } from '@/domain/regios'

describe('default management regions', () => {
  const regios = defaultRegios()

  it('are the five Flemish provinces and Brussels', () => {
    expect(regios.map((r) => [r.code, r.naam])).toEqual([
      ['antwerpen', 'Antwerpen'],
      ['oost-vlaanderen', 'Oost-Vlaanderen'],
      ['west-vlaanderen', 'West-Vlaanderen'],
      ['vlaams-brabant', 'Vlaams-Brabant'],
      ['limburg', 'Limburg'],
      ['brussel', 'Brussel'],
    ])
  })

  it('cover every Flemish and Brussels municipality exactly once', () => {
    const alle = regios.flatMap((r) => r.gemeenten)
    expect(alle).toHaveLength(304)
    expect(new Set(alle).size).toBe(alle.length)
    expect(new Set(alle)).toEqual(new Set(gemeentenInScope().map((g) => g.nis)))
  })

  it('put each municipality in its own province', () => {
    expect(regios.find((r) => r.code === 'antwerpen')?.gemeenten).toContain('11002')
    expect(regios.find((r) => r.code === 'oost-vlaanderen')?.gemeenten).toContain('44021')
    expect(regios.find((r) => r.code === 'brussel')?.gemeenten).toHaveLength(19)
    for (const regio of regios.filter((r) => r.code !== 'brussel')) {
      const provincies = new Set(regio.gemeenten.map((nis) => gemeenteByNis(nis)?.provincieIso))
      expect(provincies.size).toBe(1)
    }
  })

  it('count the municipalities per province of 2025', () => {
    expect(Object.fromEntries(regios.map((r) => [r.code, r.gemeenten.length]))).toEqual({
      antwerpen: 67,
      'oost-vlaanderen': 55,
      'west-vlaanderen': 62,
      'vlaams-brabant': 63,
      limburg: 38,
      brussel: 19,
    })
  })

  it('name the region of a municipality, none for Wallonia', () => {
    expect(defaultRegioForGemeente('71072')).toBe('limburg')
    expect(defaultRegioForGemeente('21004')).toBe('brussel')
    expect(defaultRegioForGemeente('62063')).toBeNull()
  })
})
