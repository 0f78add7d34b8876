import { describe, expect, it } from 'vitest'

import { isKnownPostcode, gemeentenInScope, resolveAdresPlace } from '@/domain/geo'
import { validateUitzonderingen, validateWeekschema } from '@/domain/openingsuren'
import { demoRubrieken } from '@/domain/rubrieken'
import { aanmeldingswijzen, beroepen, doelgroepen, kostprijsTypes } from '@/domain/vocabulary'
import { DEMO_ACCOUNTS, demoAccountsAllowed } from '@/seed/accounts'
import { FAQ, HANDLEIDINGEN } from '@/seed/content'
import { demoModeEnabled } from '@/seed/demo-mode'
import { derivedAdres } from '@/seed/derive'
import { DemoGenerator } from '@/seed/generator'
import { lexicalDocument, lexicalParagraphs, lexicalToPlainText } from '@/seed/lexical'
import { makeOpeningsuren, type HoursProfile } from '@/seed/openingsuren'
import type { PlanUnit } from '@/seed/plan-types'
import { Rng } from '@/seed/prng'

const genereer = (fiches: number, seed = 1) => {
  const generator = new DemoGenerator({ fiches, seed })
  const units = [...generator.units()]
  return { generator, units }
}

const { generator, units } = genereer(3000)
const aanbod = units.flatMap((u) => u.aanbod)
const actief = aanbod.filter((a) => a.doc.status === 'actief')
const fiches = units.flatMap((u) => [
  ...(u.organisatie ? [u.organisatie.doc] : []),
  ...(u.praktijk ? [u.praktijk.doc] : []),
  ...u.zorgverleners.map((z) => z.doc),
  ...u.aanbod.map((a) => a.doc),
])
const waarden = (opties: { value: string }[]) => new Set(opties.map((o) => o.value))

describe('rubrieken', () => {
  it('every rubriek of the tree has at least one active aanbod', () => {
    const gebruikt = new Set(actief.flatMap((a) => a.doc.rubriekCodes))
    expect(
      demoRubrieken()
        .filter((r) => !gebruikt.has(r.code))
        .map((r) => r.code),
    ).toEqual([])
    expect(generator.gedekt.size).toBe(demoRubrieken().length)
  })

  it('also for the small demo of the end-to-end tests (400 fiches)', () => {
    const klein = genereer(400)
    const gebruikt = new Set(
      klein.units.flatMap((u) =>
        u.aanbod.filter((a) => a.doc.status === 'actief').flatMap((a) => a.doc.rubriekCodes),
      ),
    )
    expect(
      demoRubrieken()
        .filter((r) => !gebruikt.has(r.code))
        .map((r) => r.code),
    ).toEqual([])
  })

  it('only uses codes of the tree', () => {
    const codes = new Set(demoRubrieken().map((r) => r.code))
    for (const a of aanbod)
      for (const code of a.doc.rubriekCodes) expect(codes.has(code), code).toBe(true)
  })

  it("a zorgverlener's aanbod sits in the 19.x rubriek of its profession", () => {
    const perBeroep: Record<string, string> = {
      huisarts: '19.01.01',
      tandarts: '19.02',
      kinesitherapeut: '19.06',
      logopedist: '19.09',
      klinisch_psycholoog: '19.07',
    }
    for (const unit of units) {
      for (const a of unit.aanbod) {
        const zv = unit.zorgverleners.find((z) => z.index === a.zorgverlener)
        const verwacht = zv && perBeroep[zv.doc.beroepen[0]]
        if (verwacht) expect(a.doc.rubriekCodes).toContain(verwacht)
      }
    }
  })
})

describe('opening hours', () => {
  it('every aanbod has a week schedule without overlaps and valid exceptions', () => {
    for (const a of aanbod) {
      expect(validateWeekschema(a.doc.openingsuren.weekschema), a.doc.naam).toEqual([])
      expect(validateUitzonderingen(a.doc.openingsuren.uitzonderingen), a.doc.naam).toEqual([])
    }
  })

  it.each<HoursProfile>([
    'kantoor',
    'doorlopend',
    'permanent',
    'nachtopvang',
    'wachtpost',
    'huisarts',
    'praktijk',
    'apotheek',
    'kinderopvang',
    'dienstencentrum',
    'inloop',
    'hulplijn',
    'geen',
  ])('profile %s is always valid', (profiel) => {
    const rng = new Rng(13)
    for (let i = 0; i < 200; i++) {
      const uren = makeOpeningsuren(profiel, rng, '2026-11-01')
      expect(validateWeekschema(uren.weekschema)).toEqual([])
      expect(validateUitzonderingen(uren.uitzonderingen)).toEqual([])
    }
  })

  it('has lunch breaks, night services past midnight, exceptions and both holiday rules', () => {
    const schemas = aanbod.map((a) => a.doc.openingsuren)
    const metPauze = schemas.filter((s) => s.weekschema.filter((x) => x.dag === 'ma').length >= 2)
    expect(metPauze.length).toBeGreaterThan(100)
    expect(schemas.some((s) => s.weekschema.some((x) => x.naMiddernacht))).toBe(true)
    expect(schemas.filter((s) => s.uitzonderingen.length > 0).length).toBeGreaterThan(50)
    expect(schemas.some((s) => s.feestdagen === 'normaal')).toBe(true)
    expect(schemas.some((s) => s.feestdagen === 'gesloten')).toBe(true)
  })
})

describe('the examples from the domain', () => {
  it('WZC Nottebohm in Antwerpen has exactly Assistentiewoningen, Kortverblijf and Woonzorgcentrum, each recognised', () => {
    const unit = units.find((u) => u.markering === 'nottebohm')!
    expect(unit.organisatie!.doc.naam).toBe('WZC Nottebohm')
    expect(derivedAdres(unit.organisatie!.doc.adressen[0]).nis).toBe('11002')
    expect(unit.aanbod.map((a) => a.doc.naam)).toEqual([
      'Nottebohm - Assistentiewoningen',
      'Nottebohm - Kortverblijf',
      'Nottebohm - Woonzorgcentrum',
    ])
    expect(unit.aanbod.map((a) => a.doc.rubriekCodes)).toEqual([['14.03'], ['14.02'], ['14.04.01']])
    for (const a of unit.aanbod) {
      expect(a.doc.status).toBe('actief')
      expect(a.doc.erkenningen[0]?.overheid).toBe('Agentschap Zorg en Gezondheid')
    }
  })

  it('Marc Boons is a huisarts at Huisartsenpraktijk Lier Astrid, with colleagues', () => {
    const unit = units.find((u) => u.markering === 'lier-astrid')!
    expect(unit.praktijk!.doc.naam).toBe('Huisartsenpraktijk Lier Astrid')
    expect(unit.praktijk!.doc.soort).toBe('groepspraktijk')
    const boons = unit.zorgverleners.find((z) => z.markering === 'marc-boons')!
    expect(boons.doc).toMatchObject({
      voornaam: 'Marc',
      achternaam: 'Boons',
      beroepen: ['huisarts'],
    })
    const zijnAanbod = unit.aanbod.find((a) => a.zorgverlener === boons.index)!
    expect(zijnAanbod.doc).toMatchObject({
      naam: 'Marc Boons - huisarts',
      rubriekCodes: ['19.01.01'],
    })
    expect(unit.zorgverleners.length).toBeGreaterThan(2)
  })

  it('the demo zorgverlener is a huisarts at a group practice in Antwerpen', () => {
    const unit = units.find((u) => u.markering === 'demo-praktijk')!
    expect(derivedAdres(unit.praktijk!.doc.adressen[0]).nis).toBe('11002')
    expect(
      unit.zorgverleners.find((z) => z.markering === 'demo-zorgverlener')!.doc.beroepen,
    ).toEqual(['huisarts'])
  })
})

describe('the mix of fiches', () => {
  it('has organisations with several aanbod, group and solo practices, and colleagues working at two practices', () => {
    const perOrganisatie = units.filter((u) => u.organisatie).map((u) => u.aanbod.length)
    expect(perOrganisatie.filter((n) => n >= 3).length).toBeGreaterThan(30)
    const praktijken = units.filter((u) => u.praktijk)
    expect(
      praktijken.filter((u) => u.praktijk!.doc.soort === 'solopraktijk').length,
    ).toBeGreaterThan(100)
    expect(
      praktijken.filter(
        (u) => u.praktijk!.doc.soort === 'groepspraktijk' && u.zorgverleners.length >= 2,
      ).length,
    ).toBeGreaterThan(50)
    const gedeeld = units.flatMap((u) =>
      u.aanbod.filter(
        (a) =>
          a.zorgverlener !== undefined && !u.zorgverleners.some((z) => z.index === a.zorgverlener),
      ),
    )
    expect(gedeeld.length).toBeGreaterThan(10)
    // ...and such a colleague is a fiche of an earlier unit.
    const eerder = (u: PlanUnit) => u.dependsOn.every((d) => d < u.index)
    expect(units.every(eerder)).toBe(true)
  })

  it('about 3% of the fiches are stopped and 2% pending', () => {
    const { actief: a, stopgezet, in_aanvraag } = generator.stats.status
    const totaal = a + stopgezet + in_aanvraag
    expect(totaal).toBe(3000)
    expect(stopgezet / totaal).toBeGreaterThan(0.015)
    expect(stopgezet / totaal).toBeLessThan(0.045)
    expect(in_aanvraag / totaal).toBeGreaterThan(0.008)
    expect(in_aanvraag / totaal).toBeLessThan(0.035)
  })

  it('an aanbod of a stopped organisation or practice is stopped too', () => {
    for (const u of units) {
      const ouder = u.organisatie?.doc ?? u.praktijk?.doc
      if (ouder?.status === 'stopgezet')
        for (const a of u.aanbod) expect(a.doc.status).toBe('stopgezet')
    }
  })

  it('names of organisaties and praktijken are unique', () => {
    const namen = units.flatMap((u) =>
      [u.organisatie?.doc.naam, u.praktijk?.doc.naam].filter(Boolean),
    )
    expect(new Set(namen).size).toBe(namen.length)
  })

  it('spreads the fiches by population: Antwerpen and Gent have the most', () => {
    const perNis = new Map<string, number>()
    for (const u of units) {
      const adres = (u.organisatie ?? u.praktijk)?.doc.adressen[0]
      if (adres) {
        const nis = derivedAdres(adres).nis
        perNis.set(nis, (perNis.get(nis) ?? 0) + 1)
      }
    }
    const top = [...perNis.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([nis]) => nis)
    expect(top).toContain('11002') // Antwerpen
    expect(top).toContain('44021') // Gent
    expect(perNis.size).toBeGreaterThan(150)
  })
})

describe('field values', () => {
  it('addresses have real postcodes of Flanders and Brussels; some carry precise coordinates', () => {
    const adressen = fiches.flatMap((f) => f.adressen)
    const inScope = new Set(gemeentenInScope().map((g) => g.nis))
    for (const adres of adressen) {
      expect(isKnownPostcode(adres.postcode)).toBe(true)
      const plaats = resolveAdresPlace(adres.postcode, adres.gemeente)
      expect(plaats.ok, `${adres.postcode} ${adres.gemeente}`).toBe(true)
      if (plaats.ok) expect(inScope.has(plaats.plaats.gemeenteNis)).toBe(true)
    }
    const precies = adressen.filter((a) => typeof a.lat === 'number')
    expect(precies.length).toBeGreaterThan(30)
    for (const a of precies) {
      expect(a.lat).toBeGreaterThan(49.4)
      expect(a.lat).toBeLessThan(51.6)
      expect(a.lon).toBeGreaterThan(2.5)
      expect(a.lon).toBeLessThan(6.5)
    }
  })

  it('select values are all in the vocabularies', () => {
    const dg = waarden(doelgroepen)
    const aw = waarden(aanmeldingswijzen)
    const kp = waarden(kostprijsTypes)
    const nis = new Set(gemeentenInScope().map((g) => g.nis))
    for (const { doc } of aanbod) {
      expect(doc.doelgroepen.length).toBeGreaterThan(0)
      for (const v of doc.doelgroepen) expect(dg.has(v)).toBe(true)
      for (const v of doc.aanmelding.wijzen) expect(aw.has(v)).toBe(true)
      expect(kp.has(doc.kostprijs.soort)).toBe(true)
      expect(doc.werkingsgebied.length).toBeGreaterThan(0)
      for (const v of doc.werkingsgebied) expect(nis.has(v), v).toBe(true)
    }
    const br = waarden(beroepen)
    for (const u of units)
      for (const z of u.zorgverleners) for (const b of z.doc.beroepen) expect(br.has(b)).toBe(true)
  })

  it('e-mails and websites point at the voorbeeld.be demo domain, over https', () => {
    for (const f of fiches) {
      for (const e of f.emails) expect(e.adres).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.voorbeeld\.be$/)
      for (const w of f.websites)
        expect(w.url).toMatch(/^https:\/\/www\.[a-z0-9-]+\.voorbeeld\.be(\/[a-z0-9-]+)?$/)
    }
  })

  it('erkenningen end after they start', () => {
    for (const { doc } of aanbod)
      for (const e of doc.erkenningen) if (e.tot) expect(e.tot >= e.van!).toBe(true)
  })
})

describe('rich text', () => {
  it('builds the Lexical root / paragraph / text structure', () => {
    const doc = lexicalParagraphs('Eerste alinea.', 'Tweede met **vet**.')
    expect(doc.root).toMatchObject({
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
    })
    expect(doc.root.children[0]).toMatchObject({
      type: 'paragraph',
      version: 1,
      children: [
        {
          type: 'text',
          text: 'Eerste alinea.',
          format: 0,
          mode: 'normal',
          detail: 0,
          style: '',
          version: 1,
        },
      ],
    })
    expect(doc.root.children[1]).toMatchObject({
      children: [
        { text: 'Tweede met ', format: 0 },
        { text: 'vet', format: 1 },
        { text: '.', format: 0 },
      ],
    })
    expect(lexicalToPlainText(doc)).toBe('Eerste alinea.\n\nTweede met vet.')
  })

  it('supports headings and numbered lists', () => {
    const doc = lexicalDocument([{ heading: 'Stap 1' }, { list: ['a', 'b'], ordered: true }])
    expect(doc.root.children[0]).toMatchObject({ type: 'heading', tag: 'h2' })
    expect(doc.root.children[1]).toMatchObject({
      type: 'list',
      listType: 'number',
      tag: 'ol',
      children: [
        { type: 'listitem', value: 1 },
        { type: 'listitem', value: 2 },
      ],
    })
  })

  it('every fiche description is a non-empty paragraph', () => {
    for (const f of fiches) expect(lexicalToPlainText(f.beschrijving).length).toBeGreaterThan(20)
  })
})

describe('content and accounts', () => {
  it('has 6+ published manuals, one draft, and 12+ FAQ, all with audience and topic', () => {
    expect(HANDLEIDINGEN.filter((h) => h.gepubliceerd).length).toBeGreaterThanOrEqual(6)
    expect(HANDLEIDINGEN.filter((h) => !h.gepubliceerd)).toHaveLength(1)
    expect(FAQ.length).toBeGreaterThanOrEqual(12)
    for (const item of [...HANDLEIDINGEN, ...FAQ]) {
      expect(item.doelpubliek.length).toBeGreaterThan(0)
      expect(item.onderwerp).toMatch(/\S/)
    }
    const onderwerpen = new Set([...HANDLEIDINGEN, ...FAQ].map((x) => x.onderwerp))
    for (const o of [
      'Zorgverlenersfiche',
      'Beheer aanvragen',
      'Gegevens actueel houden',
      'Hergebruik',
      'Zoeken',
    ])
      expect(onderwerpen.has(o)).toBe(true)
    const sleutels = new Set(HANDLEIDINGEN.map((h) => h.key))
    for (const f of FAQ) for (const k of f.zieOok ?? []) expect(sleutels.has(k)).toBe(true)
  })

  it('lists the six demo accounts, admin first', () => {
    expect(DEMO_ACCOUNTS.map((a) => [a.email, a.roles])).toEqual([
      ['admin@demo.test', ['admin']],
      ['redactie@demo.test', ['redacteur']],
      ['regio.antwerpen@demo.test', ['regiobeheerder']],
      ['beheerder@demo.test', ['burger']],
      ['zorgverlener@demo.test', ['zorgverlener']],
      ['burger@demo.test', ['burger']],
    ])
    for (const a of DEMO_ACCOUNTS) expect(a.naam).toMatch(/^\S+ .+/)
  })

  it('refuses demo accounts in production unless DEMO_MODE=true', () => {
    expect(demoAccountsAllowed({ NODE_ENV: 'production' })).toBe(false)
    expect(demoAccountsAllowed({ NODE_ENV: 'production', DEMO_MODE: 'true' })).toBe(true)
    expect(demoAccountsAllowed({ NODE_ENV: 'development' })).toBe(true)
    expect(demoModeEnabled({ NODE_ENV: 'production' })).toBe(false)
    expect(demoModeEnabled({})).toBe(true)
    expect(demoModeEnabled({ DEMO_MODE: 'false' })).toBe(false)
    expect(demoModeEnabled({ NODE_ENV: 'production', DEMO_MODE: 'true' })).toBe(true)
  })
})
