import { describe, expect, it } from 'vitest'

import {
  allGemeenten,
  distanceKm,
  isKnownPostcode,
  isGemeenteInScope,
  lookupPostcode,
  gemeentenInScope,
  gemeenteByNis,
  resolveAdresPlace,
} from '@/domain/geo'

describe('postcode lookup', () => {
  it('2000 is Antwerpen in the province of Antwerp, Flanders', () => {
    const [plaats] = lookupPostcode('2000')
    expect(plaats).toMatchObject({
      postcode: '2000',
      plaatsnaam: 'Antwerpen',
      gemeenteNis: '11002',
      gemeenteNaam: 'Antwerpen',
      provincieIso: 'BE-VAN',
      gewestCode: 'BE-VLG',
      hoofdplaats: true,
    })
    expect(plaats.lat).toBeCloseTo(51.22, 1)
    expect(plaats.lon).toBeCloseTo(4.4, 1)
  })

  it('9000 is Gent in Oost-Vlaanderen', () => {
    expect(lookupPostcode('9000')[0]).toMatchObject({
      plaatsnaam: 'Gent',
      gemeenteNis: '44021',
      provincieIso: 'BE-VOV',
    })
  })

  it('1000 is Brussel, in the Brussels region without a province', () => {
    expect(lookupPostcode('1000')[0]).toMatchObject({
      plaatsnaam: 'Brussel',
      gemeenteNaam: 'Brussel',
      provincieIso: null,
      gewestCode: 'BE-BRU',
    })
  })

  it('a postcode serving several places lists the main place first', () => {
    const plaatsen = lookupPostcode('8000')
    expect(plaatsen.length).toBeGreaterThan(1)
    expect(plaatsen[0].plaatsnaam).toBe('Brugge')
    expect(plaatsen.map((p) => p.plaatsnaam)).toContain('Koolkerke')
  })

  it('2070 Zwijndrecht lies in Oost-Vlaanderen since the 2025 merger', () => {
    expect(lookupPostcode('2070').every((p) => p.provincieIso === 'BE-VOV')).toBe(true)
  })

  it('the unknown postcode 9999 has no places', () => {
    expect(lookupPostcode('9999')).toEqual([])
    expect(isKnownPostcode('9999')).toBe(false)
    expect(isKnownPostcode(' 9000 ')).toBe(true)
  })

  it('changing a lookup result does not change the next lookup', () => {
    lookupPostcode('8000').length = 0
    expect(lookupPostcode('8000').length).toBeGreaterThan(1)
  })
})

describe('municipalities', () => {
  it('565 Belgian municipalities exist after the 2025 mergers', () => {
    expect(allGemeenten()).toHaveLength(565)
  })

  it('Flanders (285) and Brussels (19) make 304 municipalities in scope', () => {
    const inScope = gemeentenInScope()
    expect(inScope).toHaveLength(304)
    expect(inScope.every((g) => g.gewestCode === 'BE-VLG' || g.gewestCode === 'BE-BRU')).toBe(true)
    expect(isGemeenteInScope('11002')).toBe(true)
    expect(isGemeenteInScope('62063')).toBe(false) // Liège
  })

  it('a NIS code gives the municipality with its Dutch name', () => {
    expect(gemeenteByNis('44021')).toMatchObject({
      naam: 'Gent',
      naamFr: 'Gand',
      provincieIso: 'BE-VOV',
      hoofdpostcode: '9000',
    })
    expect(gemeenteByNis('00000')).toBeNull()
  })
})

describe('address place', () => {
  it('a postcode alone resolves to its main place', () => {
    expect(resolveAdresPlace('2000')).toMatchObject({
      ok: true,
      plaats: { plaatsnaam: 'Antwerpen' },
    })
  })

  it('a deelgemeente is found whatever its case or accents', () => {
    expect(resolveAdresPlace('8000', 'KOOLKERKE')).toMatchObject({
      ok: true,
      plaats: { plaatsnaam: 'Koolkerke' },
    })
    expect(resolveAdresPlace('2140', 'borgerhout')).toMatchObject({
      ok: true,
      plaats: { gemeenteNaam: 'Antwerpen' },
    })
  })

  it('the municipality name is accepted instead of the deelgemeente', () => {
    expect(resolveAdresPlace('3500', 'Hasselt')).toMatchObject({
      ok: true,
      plaats: { plaatsnaam: 'Hasselt' },
    })
    expect(resolveAdresPlace('2070', 'beveren-kruibeke-zwijndrecht')).toMatchObject({
      ok: true,
      plaats: { gemeenteNis: '46030' },
    })
  })

  it('Sint-Niklaas can be typed with a space or as St.-Niklaas', () => {
    expect(resolveAdresPlace('9100', 'Sint Niklaas')).toMatchObject({
      ok: true,
      plaats: { gemeenteNaam: 'Sint-Niklaas' },
    })
    expect(resolveAdresPlace('9100', 'St.-Niklaas')).toMatchObject({ ok: true })
  })

  it('a Brussels address may use the French name', () => {
    expect(resolveAdresPlace('1000', 'Bruxelles')).toMatchObject({
      ok: true,
      plaats: { gemeenteNaam: 'Brussel' },
    })
  })

  it('the unknown postcode 9999 is refused', () => {
    expect(resolveAdresPlace('9999', 'Gent')).toEqual({
      ok: false,
      reason: 'onbekende postcode 9999',
    })
  })

  it('a postcode that is not 4 digits is refused', () => {
    expect(resolveAdresPlace('900')).toEqual({
      ok: false,
      reason: expect.stringMatching(/4 cijfers/),
    })
  })

  it('a municipality that does not belong to the postcode is refused, naming the right places', () => {
    const result = resolveAdresPlace('2000', 'Gent')
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^gemeente Gent hoort niet bij postcode 2000/),
    })
    if (!result.ok) expect(result.reason).toContain('Antwerpen')
  })
})

describe('distance', () => {
  it('Antwerpen to Gent is about 50 km as the crow flies', () => {
    const antwerpen = lookupPostcode('2000')[0]
    const gent = lookupPostcode('9000')[0]
    expect(distanceKm(antwerpen, gent)).toBeGreaterThan(48)
    expect(distanceKm(antwerpen, gent)).toBeLessThan(53)
    expect(distanceKm(gent, gent)).toBe(0)
  })
})
