import { describe, expect, it } from 'vitest'

import { normaliseKbo, validateKbo } from '@/domain/identifiers/kbo'
import { parseRiziv } from '@/domain/identifiers/riziv'
import { normalisePhone } from '@/domain/phone'
import { DemoGenerator } from '@/seed/generator'
import { formatKboTyped, KboGenerator, RIZIV_PREFIX, RizivGenerator } from '@/seed/identifiers'
import { mobile, landline } from '@/seed/phones'
import { seedGemeenten, phoneZone } from '@/seed/places'
import { Rng } from '@/seed/prng'

const units = [...new DemoGenerator({ fiches: 3000, seed: 1 }).units()]
const organisaties = units.flatMap((u) => (u.organisatie ? [u.organisatie.doc] : []))
const praktijken = units.flatMap((u) => (u.praktijk ? [u.praktijk.doc] : []))
const zorgverleners = units.flatMap((u) => u.zorgverleners.map((z) => z.doc))
const aanbod = units.flatMap((u) => u.aanbod.map((a) => a.doc))

// Which first digit riziv.ts expects for each group it names.
const GROEP_PER_BEROEP: Record<string, string> = {
  huisarts: 'arts',
  arts_specialist: 'arts',
  tandarts: 'tandarts',
  vroedvrouw: 'verpleegkundige of vroedvrouw',
  verpleegkundige: 'verpleegkundige of vroedvrouw',
  kinesitherapeut: 'kinesitherapeut of logopedist',
  logopedist: 'kinesitherapeut of logopedist',
  apotheker: 'apotheker',
}

describe('KBO numbers of the demo', () => {
  it('every organisatie has a valid, unique KBO number (mod 97)', () => {
    const gezien = new Set<string>()
    for (const org of organisaties) {
      const result = validateKbo(org.kboNummer)
      expect(result, org.kboNummer).toMatchObject({ ok: true })
      const waarde = normaliseKbo(org.kboNummer)!
      expect(gezien.has(waarde)).toBe(false)
      gezien.add(waarde)
    }
  })

  it('praktijken with a KBO number have a valid one', () => {
    const met = praktijken.filter((p) => p.kboNummer)
    expect(met.length).toBeGreaterThan(50)
    for (const p of met) expect(validateKbo(p.kboNummer!).ok).toBe(true)
  })

  it('the generator only makes valid numbers, however they are typed', () => {
    const gen = new KboGenerator(new Rng(4))
    const rng = new Rng(8)
    for (let i = 0; i < 2000; i++) {
      const kbo = gen.next()
      expect(validateKbo(kbo)).toEqual({ ok: true, value: kbo })
      expect(normaliseKbo(formatKboTyped(rng, kbo))).toBe(kbo)
    }
  })
})

describe('RIZIV numbers of the demo', () => {
  it('every zorgverlener with a RIZIV number has a valid one whose first digit matches the profession', () => {
    const met = zorgverleners.filter((z) => z.rizivNummer)
    expect(met.length).toBeGreaterThan(400)
    for (const zv of met) {
      const parsed = parseRiziv(zv.rizivNummer!)
      expect(parsed.ok, zv.rizivNummer).toBe(true)
      if (!parsed.ok) continue
      expect(parsed.checkDigitValid).toBe(true)
      expect(parsed.value[0]).toBe(RIZIV_PREFIX[zv.beroepen[0]])
      expect(parsed.beroepsgroep).toBe(GROEP_PER_BEROEP[zv.beroepen[0]])
    }
  })

  it('professions without a verified prefix get no RIZIV number', () => {
    for (const zv of zorgverleners)
      if (!RIZIV_PREFIX[zv.beroepen[0]]) expect(zv.rizivNummer).toBeUndefined()
  })

  it('numbers are unique per person', () => {
    const gen = new RizivGenerator(new Rng(2))
    const identiteiten = new Set<string>()
    for (let i = 0; i < 3000; i++) {
      const nummer = gen.next('huisarts')!
      expect(identiteiten.has(nummer.slice(0, 8))).toBe(false)
      identiteiten.add(nummer.slice(0, 8))
    }
  })
})

describe('phone numbers of the demo', () => {
  it('landlines of every zone and mobiles are valid Belgian numbers', () => {
    const rng = new Rng(6)
    for (const gemeente of seedGemeenten()) {
      const zone = phoneZone(gemeente.nis)
      const nummer = landline(rng, zone)
      const result = normalisePhone(nummer)
      expect(result.ok, nummer).toBe(true)
      if (result.ok) expect(result.e164.startsWith(`+32${zone}`)).toBe(true)
    }
    for (let i = 0; i < 500; i++) {
      const result = normalisePhone(mobile(rng))
      expect(result.ok).toBe(true)
      if (result.ok) expect(result.e164).toMatch(/^\+324(7\d|8\d|9\d)\d{6}$/)
    }
  })

  it('uses the real zone of the place: 03 Antwerpen, 09 Gent, 02 Brussel, 050 Brugge, 011 Hasselt, 016 Leuven', () => {
    const zone = (naam: string) => phoneZone(seedGemeenten().find((g) => g.naam === naam)!.nis)
    expect([
      zone('Antwerpen'),
      zone('Gent'),
      zone('Brussel'),
      zone('Brugge'),
      zone('Hasselt'),
      zone('Leuven'),
    ]).toEqual(['3', '9', '2', '50', '11', '16'])
  })

  it('every phone on every fiche passes the validator', () => {
    const alle = [...organisaties, ...praktijken, ...zorgverleners, ...aanbod].flatMap(
      (f) => f.telefoons,
    )
    expect(alle.length).toBeGreaterThan(1000)
    for (const tel of alle) expect(normalisePhone(tel.nummer).ok, tel.nummer).toBe(true)
  })
})
