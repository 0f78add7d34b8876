import type { Gemeente } from '@/domain/geo'
import { demoRubrieken } from '@/domain/rubrieken'

import { BEROEPEN, PRAKTIJK_TYPES, type Beroep, type PraktijkType } from './catalogue-care'
import type { AanbodTemplate, NameContext, OrganisatieType } from './catalogue-types'
import { ORGANISATIE_TYPES } from './catalogue-welfare'
import { formatKboTyped, formatRizivTyped, KboGenerator, RizivGenerator } from './identifiers'
import { lexicalParagraphs } from './lexical'
import { LAST_NAMES, NOUNS, FIRST_NAMES_M, FIRST_NAMES_F, NEIGHBOURHOOD_WORDS } from './names'
import { makeOpeningsuren, type OpeningsurenInput } from './openingsuren'
import { mobile, landline } from './phones'
import {
  withinRadius,
  neighbours,
  gemeenteByName,
  seedGemeenteByNis,
  makeAdres,
  pickGemeente,
  placesOf,
  regioCodeOf,
  phoneZone,
  type AdresInput,
  type Place,
} from './places'
import { Rng, WeightedTable } from './prng'
import { demoDomain, domainPart, practicalSentences, fill } from './texts'
import type {
  AanbodInput,
  SourceInput,
  EmailInput,
  ErkenningInput,
  FicheStatus,
  Marker,
  OrganisatieInput,
  ParentRef,
  PlanAanbod,
  PlanUnit,
  PraktijkInput,
  PhoneInput,
  ZorgverlenerInput,
} from './plan-types'
import { fichesIn } from './plan-types'

/** "Today" for the demo data, fixed so that the same seed always gives the same dates. */
export const DEMO_REFERENCE_DATE = '2026-11-01'

/** Below this the fixed examples and the demo accounts' fiches do not fit. */
export const MIN_FICHES = 100

export type GeneratorOptions = { fiches: number; seed?: number; referentieDatum?: string }

export type GeneratorStats = {
  organisaties: number
  praktijken: number
  zorgverleners: number
  aanbod: number
  status: Record<FicheStatus, number>
}

type Persoon = { voornaam: string; achternaam: string }

type Gedeeld = {
  zorgverlener: number
  unit: number
  persoon: Persoon
  beroep: string
  domein: string
}

type Reserve = {
  unit: number
  organisatie: number
  naam: string
  gemeente: Gemeente
  vrij: AanbodTemplate[]
}

type OrgOpties = {
  gemeente?: Gemeente
  plaats?: Place
  naam?: string
  straat?: string
  aanbod?: AanbodTemplate[]
  actief?: boolean
  precies?: boolean
  markering?: Marker
}

type PraktijkOpties = {
  gemeente?: Gemeente
  plaats?: Place
  naam?: string
  straat?: string
  /** Fixed people first, e.g. Marc Boons. */
  personen?: { persoon: Persoon; beroep: string; markering?: Marker }[]
  extra?: { beroep: string; aantal: number }[]
  verplicht?: string
  gedeeld?: number[]
  actief?: boolean
  markering?: Marker
}

const iso = (datum: string) => `${datum}T12:00:00.000Z`

const plusDagen = (datum: string, dagen: number): string => {
  const [j, m, d] = datum.split('-').map(Number)
  return new Date(Date.UTC(j, m - 1, d + dagen)).toISOString().slice(0, 10)
}

/**
 * Produces the demo Flanders as a stream of units, so that a run of 200,000 fiches never holds them
 * all in memory. Pure: no database, no clock, no Math.random; the same options give the same units.
 */
export class DemoGenerator {
  readonly fiches: number
  readonly seed: number
  readonly referentieDatum: string
  readonly stats: GeneratorStats = {
    organisaties: 0,
    praktijken: 0,
    zorgverleners: 0,
    aanbod: 0,
    status: { actief: 0, stopgezet: 0, in_aanvraag: 0 },
  }
  /** Rubriek codes used by at least one active aanbod. */
  readonly gedekt = new Set<string>()

  private readonly rng: Rng
  private readonly namen: Rng
  private readonly telefoons: Rng
  private readonly teksten: Rng
  private readonly uren: Rng
  private readonly kbo: KboGenerator
  private readonly riziv: RizivGenerator
  private readonly voorouders = new Map<string, string[]>()
  private readonly gebruikteNamen = new Set<string>()
  private readonly gebruikteBeroepen = new Set<string>()
  /** While the fixed examples are made: their aanbod keep exactly the rubrieken of the domain. */
  private voorbeeld = false
  private readonly gedeeldPool = new Map<string, Gedeeld[]>()
  private readonly reserves: Reserve[] = []
  private readonly orgTypes = new WeightedTable(ORGANISATIE_TYPES, (t) => t.gewicht)
  private readonly praktijkTypes = new WeightedTable(PRAKTIJK_TYPES, (t) => t.gewicht)
  private resterend: number
  private teller = { unit: 0, organisatie: 0, praktijk: 0, zorgverlener: 0, aanbod: 0 }

  constructor(options: GeneratorOptions) {
    if (!Number.isInteger(options.fiches) || options.fiches < MIN_FICHES) {
      throw new RangeError(`Geef minstens ${MIN_FICHES} fiches (gevraagd: ${options.fiches}).`)
    }
    this.fiches = options.fiches
    this.seed = options.seed ?? 1
    this.referentieDatum = options.referentieDatum ?? DEMO_REFERENCE_DATE
    this.resterend = options.fiches
    const root = new Rng(this.seed)
    this.rng = root.fork('structuur')
    this.namen = root.fork('namen')
    this.telefoons = root.fork('telefoons')
    this.teksten = root.fork('teksten')
    this.uren = root.fork('uren')
    this.kbo = new KboGenerator(root.fork('kbo'))
    this.riziv = new RizivGenerator(root.fork('riziv'))
    const ouder = new Map(demoRubrieken().map((r) => [r.code, r.parentCode]))
    for (const code of ouder.keys()) {
      const lijn: string[] = []
      for (let p = ouder.get(code); p; p = ouder.get(p)) lijn.push(p)
      this.voorouders.set(code, lijn)
    }
  }

  /** All units: the fixed examples, then one of each kind of offer, then a realistic mix. */
  *units(): Generator<PlanUnit> {
    this.voorbeeld = true
    for (const unit of this.vasteVoorbeelden())
      if (unit && this.resterend > 0) yield* this.geef(unit)
    this.voorbeeld = false
    for (const unit of this.dekking()) if (unit && this.resterend > 0) yield* this.geef(unit)
    while (this.resterend > 0) {
      const unit = this.resterend === 1 ? this.extraAanbod() : this.willekeurig()
      if (!unit) return
      yield* this.geef(unit)
    }
  }

  // ----- budget -----

  private *geef(unit: PlanUnit): Generator<PlanUnit> {
    this.resterend -= fichesIn(unit)
    yield unit
  }

  private willekeurig(): PlanUnit | null {
    for (let poging = 0; poging < 20; poging++) {
      const unit =
        this.resterend >= 3 && this.rng.chance(0.55)
          ? this.praktijkUnit(this.praktijkTypes.pick(this.rng), {})
          : this.organisatieUnit(this.orgTypes.pick(this.rng), {})
      if (unit) return unit
    }
    return null
  }

  /** The run must end on exactly the asked number: one fiche left becomes one more offer of an organisation. */
  private extraAanbod(): PlanUnit | null {
    const reserve = [...this.reserves].reverse().find((r) => r.vrij.length > 0)
    if (!reserve) return null
    const sjabloon = reserve.vrij.shift()!
    const unit: PlanUnit = {
      index: this.teller.unit++,
      zorgverleners: [],
      aanbod: [],
      dependsOn: [reserve.unit],
    }
    unit.aanbod.push(
      this.organisatieAanbod(
        sjabloon,
        { collection: 'organisaties', index: reserve.organisatie },
        reserve.naam,
        reserve.gemeente,
        'actief',
        this.rng,
      ),
    )
    return unit
  }

  // ----- the fixed examples of the domain -----

  private *vasteVoorbeelden(): Generator<PlanUnit | null> {
    const antwerpen = gemeenteByName('Antwerpen')
    const lier = gemeenteByName('Lier')
    const wzc = ORGANISATIE_TYPES.find((t) => t.key === 'wzc')!
    const aanbodVan = (type: OrganisatieType, keys: string[]) =>
      keys.map((k) => type.aanbod.find((a) => a.key === k)!)

    // "Nottebohm - Woonzorgcentrum is erkend als: Assistentiewoningen, Kortverblijf, Woonzorgcentrum"
    yield this.organisatieUnit(wzc, {
      gemeente: antwerpen,
      plaats: placesOf(antwerpen.nis).find((p) => p.postcode === '2018'),
      naam: 'WZC Nottebohm',
      straat: 'Nottebohmstraat',
      aanbod: aanbodVan(wzc, ['wzc-assistentie', 'wzc-kortverblijf', 'wzc-wzc']),
      actief: true,
      precies: true,
      markering: 'nottebohm',
    })
    const caw = ORGANISATIE_TYPES.find((t) => t.key === 'caw')!
    yield this.organisatieUnit(caw, {
      gemeente: antwerpen,
      plaats: placesOf(antwerpen.nis).find((p) => p.postcode === '2060'),
      naam: 'CAW Antwerpen',
      aanbod: aanbodVan(caw, ['caw-onthaal', 'caw-nachtopvang', 'caw-jac', 'caw-slachtofferhulp']),
      actief: true,
      precies: true,
      markering: 'caw-antwerpen',
    })
    const ocmw = ORGANISATIE_TYPES.find((t) => t.key === 'ocmw')!
    yield this.organisatieUnit(ocmw, {
      gemeente: lier,
      plaats: placesOf(lier.nis).find((p) => p.plaatsnaam === 'Lier'),
      naam: 'OCMW Lier',
      aanbod: aanbodVan(ocmw, ['ocmw-sociale-dienst', 'ocmw-schuld', 'ocmw-ldc']),
      actief: true,
      markering: 'ocmw-lier',
    })
    // "Marc Boons is erkend als huisarts. Hij oefent dit beroep uit bij Huisartsenpraktijk Lier Astrid."
    const lierAstrid = this.praktijkUnit(
      PRAKTIJK_TYPES.find((t) => t.key === 'huisartsen-groep')!,
      {
        gemeente: lier,
        plaats: placesOf(lier.nis).find((p) => p.plaatsnaam === 'Lier'),
        naam: 'Huisartsenpraktijk Lier Astrid',
        straat: 'Koningin Astridlaan',
        personen: [
          {
            persoon: { voornaam: 'Marc', achternaam: 'Boons' },
            beroep: 'huisarts',
            markering: 'marc-boons',
          },
        ],
        extra: [
          { beroep: 'huisarts', aantal: 2 },
          { beroep: 'verpleegkundige', aantal: 1 },
        ],
        actief: true,
        markering: 'lier-astrid',
      },
    )
    yield lierAstrid
    const mechelen = gemeenteByName('Mechelen')
    yield this.praktijkUnit(
      PRAKTIJK_TYPES.find((t) => t.key === 'kine-groep')!,
      {
        gemeente: mechelen,
        naam: 'Kinepraktijk De Brug',
        extra: [{ beroep: 'kinesitherapeut', aantal: 3 }],
        actief: true,
        markering: 'kine-de-brug',
      },
    )
    // The demo zorgverlener: a GP at a group practice in Antwerpen (Berchem), with a colleague who
    // also works in Lier Astrid.
    const collega = lierAstrid?.zorgverleners.find(
      (z) => z.doc.beroepen[0] === 'huisarts' && !z.markering,
    )
    yield this.praktijkUnit(
      PRAKTIJK_TYPES.find((t) => t.key === 'huisartsen-groep')!,
      {
        gemeente: antwerpen,
        plaats: placesOf(antwerpen.nis).find((p) => p.postcode === '2600'),
        naam: 'Huisartsenpraktijk Berchem Driehoek',
        personen: [
          {
            persoon: { voornaam: 'Lotte', achternaam: 'Peeters' },
            beroep: 'huisarts',
            markering: 'demo-zorgverlener',
          },
        ],
        extra: [{ beroep: 'huisarts', aantal: 1 }],
        gedeeld: collega ? [collega.index] : [],
        actief: true,
        markering: 'demo-praktijk',
      },
    )
    const hvhk = ORGANISATIE_TYPES.find((t) => t.key === 'huis-van-het-kind')!
    yield this.organisatieUnit(hvhk, {
      gemeente: gemeenteByName('Mortsel'),
      aanbod: aanbodVan(hvhk, ['hvhk-huis', 'hvhk-consultatie']),
      actief: true,
      markering: 'beheer-aanvraag',
    })
  }

  // ----- one of each: every rubriek gets an active aanbod -----

  private *dekking(): Generator<PlanUnit | null> {
    for (const type of ORGANISATIE_TYPES) {
      const nodig = type.aanbod.filter((a) => a.rubrieken.some((code) => !this.gedekt.has(code)))
      if (nodig.length === 0) continue
      const altijd = type.aanbod.filter((a) => type.altijd?.includes(a.key) && !nodig.includes(a))
      yield this.organisatieUnit(type, { aanbod: [...altijd, ...nodig], actief: true })
    }
    for (const beroep of Object.values(BEROEPEN)) {
      if (this.gebruikteBeroepen.has(beroep.key) && this.gedekt.has(beroep.rubriek)) continue
      const kandidaten = PRAKTIJK_TYPES.filter((t) =>
        t.samenstelling.some((s) => s.beroep === beroep.key),
      )
      if (kandidaten.length === 0) continue
      const solo = kandidaten.find((t) => t.soort === 'solopraktijk')
      yield this.praktijkUnit(solo ?? kandidaten[0], { verplicht: beroep.key, actief: true })
    }
  }

  // ----- organisations -----

  private organisatieUnit(type: OrganisatieType, opties: OrgOpties): PlanUnit | null {
    if (this.resterend < 2) return null
    const rng = this.rng
    // Names like "OCMW Lier" exist once: try other municipalities, and else let the caller pick
    // another kind of organisation.
    let keuze: { gemeente: Gemeente; plaats: Place; ctx: NameContext; naam: string } | null = null
    for (let poging = 0; poging < 10 && !keuze; poging++) {
      const gemeente = opties.gemeente ?? pickGemeente(rng)
      const plaats = opties.plaats ?? rng.pick(placesOf(gemeente.nis))
      const ctx = this.naamContext(gemeente, plaats)
      const naam =
        opties.naam ?? this.uniekeNaam(() => type.naam(ctx), gemeente.naam, plaats.plaatsnaam)
      if (naam) keuze = { gemeente, plaats, ctx, naam }
    }
    if (!keuze) return null
    const { gemeente, plaats, ctx, naam } = keuze
    this.gebruikteNamen.add(naam)
    const kort = type.kort ? type.kort(naam) : naam
    const status = opties.actief ? 'actief' : this.status(rng)

    let sjablonen = opties.aanbod
    if (!sjablonen) {
      const altijd = type.aanbod.filter((a) => type.altijd?.includes(a.key))
      const rest = type.aanbod.filter((a) => !type.altijd?.includes(a.key))
      const aantal = Math.max(altijd.length, rng.int(type.aantal[0], type.aantal[1]))
      sjablonen = [...altijd, ...rng.sample(rest, aantal - altijd.length)]
    }
    sjablonen = sjablonen.slice(0, this.resterend - 1)

    const domein = demoDomain(naam)
    const kbo = this.kbo.next()
    const adres = makeAdres(rng, gemeente, {
      plaats,
      straat: opties.straat,
      precies: opties.precies ?? rng.chance(0.1),
    })
    const adressen = [adres]
    if (rng.chance(0.12)) {
      const tweede = rng.chance(0.5)
        ? gemeente
        : gemeenteVan(rng.pick(neighbours(gemeente.nis).slice(0, 5)))
      adressen.push(makeAdres(rng, tweede, { primair: false }))
    }
    const doc: OrganisatieInput = {
      naam,
      officieleNaam: type.officieleNaam(naam, ctx),
      kboNummer: formatKboTyped(rng, kbo),
      beschrijving: lexicalParagraphs(
        fill(type.beschrijving, { org: naam, gemeente: gemeente.naam, plaats: plaats.plaatsnaam }),
      ),
      adressen,
      telefoons: this.organisatieTelefoons(gemeente.nis),
      emails: this.emails(domein, rng.chance(0.2) ? ['info', 'onthaal'] : ['info']),
      websites: rng.chance(0.9) ? [{ url: `https://www.${domein}`, primair: true }] : [],
      bronnen: this.kboBronnen(kbo, true, rng.chance(0.4)),
      status,
      laatstGeverifieerd: this.verificatieDatum(rng),
    }
    const unit: PlanUnit = {
      index: this.teller.unit++,
      zorgverleners: [],
      aanbod: [],
      dependsOn: [],
      markering: opties.markering,
    }
    unit.organisatie = { index: this.teller.organisatie++, doc }
    this.tel('organisaties', status)
    const parent: ParentRef = { collection: 'organisaties', index: unit.organisatie.index }
    for (const sjabloon of sjablonen) {
      const aanbodStatus =
        status !== 'actief' ? status : opties.actief ? 'actief' : this.aanbodStatus(rng)
      unit.aanbod.push(
        this.organisatieAanbod(sjabloon, parent, kort, gemeente, aanbodStatus, rng, plaats),
      )
    }
    if (status === 'actief' && !opties.markering) {
      const vrij = type.aanbod.filter((a) => !sjablonen.includes(a))
      if (vrij.length)
        this.reserves.push({
          unit: unit.index,
          organisatie: unit.organisatie.index,
          naam: kort,
          gemeente,
          vrij,
        })
      if (this.reserves.length > 50) this.reserves.shift()
    }
    return unit
  }

  private organisatieAanbod(
    sjabloon: AanbodTemplate,
    parent: ParentRef,
    kort: string,
    gemeente: Gemeente,
    status: FicheStatus,
    rng: Rng,
    plaats?: Place,
  ): PlanAanbod {
    const wijzen = this.deelVan(rng, sjabloon.aanmelding)
    const [soort, toelichting] = rng.pick(sjabloon.kostprijs)
    const eigen = sjabloon.eigenAdres !== undefined && rng.chance(sjabloon.eigenAdres)
    const adresGemeente =
      eigen && rng.chance(0.3)
        ? gemeenteVan(rng.pick(neighbours(gemeente.nis).slice(0, 4)))
        : gemeente
    const domein = demoDomain(kort)
    const doc: AanbodInput = {
      naam: sjabloon.fichenaam ? sjabloon.fichenaam(kort) : `${kort} - ${sjabloon.naam}`,
      rubriekCodes: [...sjabloon.rubrieken],
      beschrijving: lexicalParagraphs(
        `${fill(sjabloon.beschrijving, { org: kort, gemeente: gemeente.naam, plaats: plaats?.plaatsnaam ?? gemeente.naam })} ${practicalSentences(this.teksten, wijzen, soort)}`,
      ),
      doelgroepen: this.deelVan(rng, sjabloon.doelgroepen),
      ...(sjabloon.doelgroepToelichting
        ? { doelgroepToelichting: sjabloon.doelgroepToelichting }
        : {}),
      openingsuren: makeOpeningsuren(sjabloon.uren, this.uren, this.referentieDatum),
      aanmelding: {
        wijzen,
        ...(sjabloon.aanmeldingToelichting ? { toelichting: sjabloon.aanmeldingToelichting } : {}),
      },
      kostprijs: { soort, ...(toelichting ? { toelichting } : {}) },
      werkingsgebied: this.werkingsgebied(rng, gemeente, sjabloon.werkingsgebied),
      erkenningen:
        sjabloon.erkenning && rng.chance(0.9)
          ? [this.erkenning(rng, sjabloon.erkenning.overheid, sjabloon.erkenning.prefix)]
          : [],
      adressen: eigen ? [makeAdres(rng, adresGemeente, { precies: rng.chance(0.2) })] : [],
      telefoons: rng.chance(0.3)
        ? [
            {
              nummer: landline(this.telefoons, phoneZone(adresGemeente.nis)),
              soort: 'telefoon',
              label: sjabloon.naam,
              primair: true,
            },
          ]
        : [],
      emails: rng.chance(0.3)
        ? [{ adres: `${domainPart(sjabloon.naam, 20)}@${domein}`, primair: true }]
        : [],
      websites: rng.chance(0.1)
        ? [{ url: `https://www.${domein}/${domainPart(sjabloon.naam, 30)}`, primair: true }]
        : [],
      status,
      laatstGeverifieerd: this.verificatieDatum(rng),
    }
    return this.aanbodPlan(parent, doc)
  }

  // ----- practices and zorgverleners -----

  private praktijkUnit(type: PraktijkType, opties: PraktijkOpties): PlanUnit | null {
    if (this.resterend < 3) return null
    const rng = this.rng
    const gemeente = opties.gemeente ?? pickGemeente(rng)
    const plaats = opties.plaats ?? rng.pick(placesOf(gemeente.nis))
    const status: FicheStatus = opties.actief ? 'actief' : this.status(rng)

    // Who works here: fixed people, then new colleagues, then at most one from another practice.
    const nieuw: { persoon: Persoon; beroep: string; markering?: Marker }[] = [
      ...(opties.personen ?? []),
    ]
    const samenstelling = opties.extra
      ? opties.extra
      : type.samenstelling.map((s) => ({
          beroep: s.beroep,
          aantal: rng.int(s.beroep === opties.verplicht ? Math.max(1, s.min) : s.min, s.max),
        }))
    for (const { beroep, aantal } of samenstelling)
      for (let i = 0; i < aantal; i++) nieuw.push({ persoon: this.persoon(), beroep })
    if (nieuw.length === 0)
      nieuw.push({ persoon: this.persoon(), beroep: type.samenstelling[0].beroep })
    const gedeeld: Gedeeld[] = []
    if (opties.gedeeld) {
      for (const zv of opties.gedeeld) {
        const g = this.vindGedeeld(zv)
        if (g) gedeeld.push(g)
      }
    } else if (type.gedeeld > 0 && rng.chance(type.gedeeld)) {
      const g = this.neemGedeeld(
        rng,
        regioCodeOf(gemeente.nis),
        type.samenstelling.map((s) => s.beroep),
      )
      if (g) gedeeld.push(g)
    }
    // Fit the budget: drop colleagues from the end, but keep the first one.
    while (
      1 + 2 * nieuw.length + gedeeld.length > this.resterend &&
      (gedeeld.length > 0 || nieuw.length > 1)
    ) {
      if (gedeeld.length > 0) gedeeld.pop()
      else nieuw.pop()
    }
    if (1 + 2 * nieuw.length + gedeeld.length > this.resterend) return null
    for (const g of gedeeld) this.gebruikGedeeld(g)

    const hoofd = nieuw[0].persoon
    const ctx = {
      rng,
      gemeente: gemeente.naam,
      wijk: () => rng.pick(NEIGHBOURHOOD_WORDS),
      woord: () => rng.pick(NOUNS),
      hoofd,
    }
    const naam =
      opties.naam ?? this.uniekeNaam(() => type.naam(ctx), gemeente.naam, plaats.plaatsnaam, true)
    if (!naam) return null
    this.gebruikteNamen.add(naam)
    const domein = demoDomain(naam)
    const adres = makeAdres(rng, gemeente, {
      plaats,
      straat: opties.straat,
      precies: rng.chance(0.1),
    })
    const kbo = rng.chance(type.kbo) ? this.kbo.next() : null
    const groep = type.soort === 'groepspraktijk'
    const doc: PraktijkInput = {
      naam,
      soort: type.soort,
      ...(kbo ? { kboNummer: formatKboTyped(rng, kbo) } : {}),
      beschrijving: lexicalParagraphs(
        groep
          ? `${naam} is een groepspraktijk in ${plaats.plaatsnaam} waar ${nieuw.length + gedeeld.length} zorgverleners samenwerken. We delen een secretariaat en een elektronisch patiëntendossier, zodat u altijd bij een collega terechtkunt.`
          : `${naam} is een solopraktijk in ${plaats.plaatsnaam}. U wordt telkens door dezelfde zorgverlener geholpen.`,
      ),
      adressen: [adres],
      telefoons: [
        groep || rng.chance(0.6)
          ? {
              nummer: landline(this.telefoons, phoneZone(gemeente.nis)),
              soort: 'telefoon' as const,
              ...(groep ? { label: 'Secretariaat' } : {}),
              primair: true,
            }
          : { nummer: mobile(this.telefoons), soort: 'gsm' as const, primair: true },
      ],
      emails: rng.chance(0.85) ? this.emails(domein, [groep ? 'secretariaat' : 'praktijk']) : [],
      websites: rng.chance(groep ? 0.8 : 0.4)
        ? [{ url: `https://www.${domein}`, primair: true }]
        : [],
      bronnen: kbo
        ? this.kboBronnen(kbo, false, rng.chance(0.3))
        : rng.chance(0.3)
          ? [this.adresBron()]
          : [],
      status,
      laatstGeverifieerd: this.verificatieDatum(rng),
    }
    const unit: PlanUnit = {
      index: this.teller.unit++,
      zorgverleners: [],
      aanbod: [],
      dependsOn: [],
      markering: opties.markering,
    }
    unit.praktijk = { index: this.teller.praktijk++, doc }
    this.tel('praktijken', status)
    const parent: ParentRef = { collection: 'praktijken', index: unit.praktijk.index }
    const uren = makeOpeningsuren(type.uren, this.uren, this.referentieDatum)

    for (const lid of nieuw) {
      const vast = Boolean(lid.markering) || opties.actief
      const zvStatus: FicheStatus = vast ? 'actief' : this.status(rng)
      const beroepen = this.beroepenVoor(rng, lid.beroep)
      const zv = this.zorgverlener(lid.persoon, beroepen, adres, gemeente, domein, zvStatus, naam)
      const zvIndex = this.teller.zorgverlener++
      unit.zorgverleners.push({
        index: zvIndex,
        doc: zv,
        ...(lid.markering ? { markering: lid.markering } : {}),
      })
      this.tel('zorgverleners', zvStatus)
      const aanbodStatus: FicheStatus =
        status !== 'actief'
          ? status
          : zvStatus === 'stopgezet'
            ? 'stopgezet'
            : vast
              ? 'actief'
              : this.aanbodStatus(rng)
      unit.aanbod.push(
        this.zorgverlenerAanbod(
          lid.persoon,
          beroepen,
          parent,
          zvIndex,
          naam,
          gemeente,
          uren,
          aanbodStatus,
          rng,
        ),
      )
      if (zvStatus === 'actief' && groep)
        this.biedGedeeldAan(regioCodeOf(gemeente.nis), {
          zorgverlener: zvIndex,
          unit: unit.index,
          persoon: lid.persoon,
          beroep: lid.beroep,
          domein,
        })
    }
    for (const g of gedeeld) {
      unit.dependsOn.push(g.unit)
      const aanbodStatus: FicheStatus =
        status !== 'actief' ? status : opties.actief ? 'actief' : this.aanbodStatus(rng)
      unit.aanbod.push(
        this.zorgverlenerAanbod(
          g.persoon,
          [g.beroep],
          parent,
          g.zorgverlener,
          naam,
          gemeente,
          uren,
          aanbodStatus,
          rng,
        ),
      )
    }
    return unit
  }

  private zorgverlener(
    persoon: Persoon,
    beroepen: string[],
    werkadres: AdresInput,
    gemeente: Gemeente,
    domein: string,
    status: FicheStatus,
    praktijk: string,
  ): ZorgverlenerInput {
    const rng = this.rng
    for (const b of beroepen) this.gebruikteBeroepen.add(b)
    const riziv = this.riziv.next(beroepen[0])
    const eigenAdres = rng.chance(0.1)
    const adres: AdresInput = eigenAdres
      ? makeAdres(rng, gemeente, {})
      : {
          straat: werkadres.straat,
          huisnummer: werkadres.huisnummer,
          postcode: werkadres.postcode,
          gemeente: werkadres.gemeente,
          primair: true,
        }
    const label = BEROEPEN[beroepen[0]].label
    const bronnen: SourceInput[] = riziv
      ? (['naam', 'beroepen', 'rizivNummer'] as const).map((veld) => ({
          veld,
          bron: 'riziv',
          referentie: riziv,
          opgehaaldOp: iso(this.datumTerug(rng, 400)),
        }))
      : []
    return {
      voornaam: persoon.voornaam,
      achternaam: persoon.achternaam,
      beroepen,
      ...(riziv ? { rizivNummer: formatRizivTyped(riziv) } : {}),
      beschrijving: lexicalParagraphs(
        `${persoon.voornaam} ${persoon.achternaam} is ${label} en werkt in ${praktijk}.`,
      ),
      adressen: [adres],
      telefoons: rng.chance(0.5)
        ? [{ nummer: mobile(this.telefoons), soort: 'gsm', primair: true }]
        : [],
      emails: [
        {
          adres: `${domainPart(persoon.voornaam)}.${domainPart(persoon.achternaam)}@${domein}`,
          primair: true,
        },
      ],
      websites: [],
      bronnen,
      status,
      laatstGeverifieerd: this.verificatieDatum(rng),
    }
  }

  private zorgverlenerAanbod(
    persoon: Persoon,
    beroepen: string[],
    parent: ParentRef,
    zorgverlener: number,
    praktijk: string,
    gemeente: Gemeente,
    uren: OpeningsurenInput,
    status: FicheStatus,
    rng: Rng,
  ): PlanAanbod {
    const beroep: Beroep = BEROEPEN[beroepen[0]]
    const wijzen = this.deelVan(rng, beroep.aanmelding)
    const [soort, toelichting] = rng.pick(beroep.kostprijs)
    const naam = `${persoon.voornaam} ${persoon.achternaam}`
    const doc: AanbodInput = {
      naam: `${naam} - ${beroep.label}`,
      rubriekCodes: [...new Set(beroepen.map((b) => BEROEPEN[b].rubriek))],
      beschrijving: lexicalParagraphs(
        `${fill(beroep.beschrijving, { naam, praktijk })} ${practicalSentences(this.teksten, wijzen, soort)}`,
      ),
      doelgroepen: this.deelVan(rng, beroep.doelgroepen),
      openingsuren: structuredClone(uren),
      aanmelding: { wijzen },
      kostprijs: { soort, ...(toelichting ? { toelichting } : {}) },
      werkingsgebied: this.werkingsgebied(rng, gemeente, 'lokaal'),
      erkenningen: [this.erkenning(rng, beroep.erkenning, undefined, 1990)],
      adressen: [],
      telefoons: [],
      emails: [],
      websites: [],
      status,
      laatstGeverifieerd: this.verificatieDatum(rng),
    }
    return this.aanbodPlan(parent, doc, zorgverlener)
  }

  private beroepenVoor(rng: Rng, beroep: string): string[] {
    if (beroep === 'klinisch_psycholoog' && rng.chance(0.1))
      return [beroep, 'klinisch_orthopedagoog']
    if (beroep === 'audioloog' && rng.chance(0.2)) return [beroep, 'audicien']
    return [beroep]
  }

  // ----- aanbod bookkeeping -----

  private aanbodPlan(parent: ParentRef, doc: AanbodInput, zorgverlener?: number): PlanAanbod {
    if (doc.status === 'actief' && !this.voorbeeld) {
      // The first active aanbod below a rubriek also carries that rubriek, so that every level of the
      // tree has offer (the public API also lists aanbod directly under "06 Opleiding, ...").
      for (const code of [...doc.rubriekCodes]) {
        for (const voorouder of this.voorouders.get(code) ?? []) {
          if (!this.gedekt.has(voorouder) && !doc.rubriekCodes.includes(voorouder))
            doc.rubriekCodes.push(voorouder)
        }
      }
    }
    if (doc.status === 'actief') for (const code of doc.rubriekCodes) this.gedekt.add(code)
    this.tel('aanbod', doc.status)
    return {
      index: this.teller.aanbod++,
      parent,
      ...(zorgverlener !== undefined ? { zorgverlener } : {}),
      doc,
    }
  }

  private tel(
    collectie: 'organisaties' | 'praktijken' | 'zorgverleners' | 'aanbod',
    status: FicheStatus,
  ) {
    this.stats[collectie]++
    this.stats.status[status]++
  }

  // ----- shared zorgverleners (working at two practices) -----

  private biedGedeeldAan(regio: string, g: Gedeeld) {
    const sleutel = `${regio}:${g.beroep}`
    const lijst = this.gedeeldPool.get(sleutel) ?? []
    lijst.push(g)
    if (lijst.length > 30) lijst.shift()
    this.gedeeldPool.set(sleutel, lijst)
  }

  private neemGedeeld(rng: Rng, regio: string, beroepen: string[]): Gedeeld | null {
    const kandidaten = beroepen.flatMap((b) => this.gedeeldPool.get(`${regio}:${b}`) ?? [])
    return kandidaten.length ? rng.pick(kandidaten) : null
  }

  private vindGedeeld(zorgverlener: number): Gedeeld | null {
    for (const lijst of this.gedeeldPool.values()) {
      const g = lijst.find((x) => x.zorgverlener === zorgverlener)
      if (g) return g
    }
    return null
  }

  /** A colleague works at two practices at most. */
  private gebruikGedeeld(g: Gedeeld) {
    for (const [sleutel, lijst] of this.gedeeldPool)
      this.gedeeldPool.set(
        sleutel,
        lijst.filter((x) => x.zorgverlener !== g.zorgverlener),
      )
  }

  // ----- small helpers -----

  private naamContext(gemeente: Gemeente, plaats: Place): NameContext {
    return { rng: this.rng, gemeente, plaats: plaats.plaatsnaam, woord: () => this.rng.pick(NOUNS) }
  }

  /**
   * A name no other fiche of this run has. A name that varies ("WZC De Linde") gets the municipality
   * or place added when all variants are taken; a fixed one ("OCMW Lier") gives null, unless
   * `altijd`, when it is numbered.
   */
  private uniekeNaam(
    maak: () => string,
    gemeente: string,
    plaats: string,
    altijd = false,
  ): string | null {
    const gezien = new Set<string>()
    for (let i = 0; i < 6; i++) {
      const naam = maak()
      if (!this.gebruikteNamen.has(naam)) return naam
      gezien.add(naam)
    }
    if (gezien.size === 1 && !altijd) return null
    for (const basis of gezien) {
      for (const suffix of [gemeente, plaats]) {
        const naam = `${basis} ${suffix}`
        if (!basis.includes(suffix) && !this.gebruikteNamen.has(naam)) return naam
      }
    }
    const basis = [...gezien][0]
    for (let n = 2; ; n++) if (!this.gebruikteNamen.has(`${basis} ${n}`)) return `${basis} ${n}`
  }

  private persoon(): Persoon {
    const vrouw = this.namen.chance(0.55)
    return {
      voornaam: this.namen.pick(vrouw ? FIRST_NAMES_F : FIRST_NAMES_M),
      achternaam: this.namen.pick(LAST_NAMES),
    }
  }

  private status(rng: Rng): FicheStatus {
    const r = rng.float()
    return r < 0.022 ? 'stopgezet' : r < 0.038 ? 'in_aanvraag' : 'actief'
  }

  private aanbodStatus(rng: Rng): FicheStatus {
    const r = rng.float()
    return r < 0.006 ? 'stopgezet' : r < 0.01 ? 'in_aanvraag' : 'actief'
  }

  /** A non-empty subset, in the order of the list. */
  private deelVan<T>(rng: Rng, lijst: readonly T[]): T[] {
    const deel = lijst.filter((_, i) => i === 0 || rng.chance(0.6))
    return deel
  }

  private werkingsgebied(
    rng: Rng,
    gemeente: Gemeente,
    soort: 'lokaal' | 'regio' | 'provincie',
  ): string[] {
    if (soort === 'lokaal')
      return [gemeente.nis, ...neighbours(gemeente.nis).slice(0, rng.int(0, 3))]
    if (soort === 'regio') return withinRadius(gemeente.nis, rng.int(10, 20), 30)
    return provincie(gemeente.nis)
  }

  private erkenning(rng: Rng, overheid: string, prefix?: string, vanaf = 1985): ErkenningInput {
    const jaar = Number(this.referentieDatum.slice(0, 4))
    const van = `${rng.int(vanaf, jaar - 1)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`
    const erkenning: ErkenningInput = {
      overheid,
      nummer: `${prefix ?? ''}${rng.int(1000, 99999)}`,
      van: iso(van),
    }
    if (rng.chance(0.2)) erkenning.tot = iso(`${jaar + rng.int(1, 6)}-12-31`)
    return erkenning
  }

  private organisatieTelefoons(nis: string): PhoneInput[] {
    const rng = this.rng
    const zone = phoneZone(nis)
    const lijst: PhoneInput[] = [
      {
        nummer: landline(this.telefoons, zone),
        soort: 'telefoon',
        label: 'Algemeen nummer',
        primair: true,
      },
    ]
    if (rng.chance(0.2))
      lijst.push({
        nummer: mobile(this.telefoons),
        soort: 'gsm',
        label: 'Permanentie',
        primair: false,
      })
    if (rng.chance(0.05))
      lijst.push({ nummer: landline(this.telefoons, zone), soort: 'fax', primair: false })
    return lijst
  }

  private emails(domein: string, namen: string[]): EmailInput[] {
    return namen.map((naam, i) => ({ adres: `${naam}@${domein}`, primair: i === 0 }))
  }

  private kboBronnen(kbo: string, officieleNaam: boolean, adres: boolean): SourceInput[] {
    const opgehaald = iso(this.datumTerug(this.rng, 200))
    const bronnen: SourceInput[] = [
      { veld: 'kboNummer', bron: 'kbo', referentie: kbo, opgehaaldOp: opgehaald },
    ]
    if (officieleNaam)
      bronnen.push({ veld: 'officieleNaam', bron: 'kbo', referentie: kbo, opgehaaldOp: opgehaald })
    if (adres) bronnen.push(this.adresBron())
    return bronnen
  }

  private adresBron(): SourceInput {
    return {
      veld: 'adressen',
      bron: 'best',
      referentie: `https://data.vlaanderen.be/id/adres/${this.rng.int(1000000, 9999999)}`,
      opgehaaldOp: iso(this.datumTerug(this.rng, 200)),
    }
  }

  /** Most fiches were checked in the last year; some have waited much longer (for the actualisatie demo). */
  private verificatieDatum(rng: Rng): string {
    return iso(this.datumTerug(rng, rng.chance(0.65) ? 365 : 1100))
  }

  private datumTerug(rng: Rng, maxDagen: number): string {
    return plusDagen(this.referentieDatum, -rng.int(0, maxDagen))
  }
}

const gemeenteVan = seedGemeenteByNis

const provincieCache = new Map<string, string[]>()

/** The municipality and the others of its region, nearest first. */
function provincie(nis: string): string[] {
  let lijst = provincieCache.get(nis)
  if (!lijst) {
    const regio = regioCodeOf(nis)
    lijst = [nis, ...neighbours(nis).filter((x) => regioCodeOf(x) === regio)]
    provincieCache.set(nis, lijst)
  }
  return [...lijst]
}
