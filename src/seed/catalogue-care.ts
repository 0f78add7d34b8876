import type { Aanmeldingswijze, Doelgroep, Kostprijs } from './catalogue-types'
import type { HoursProfile } from './openingsuren'
import type { Rng } from './prng'

/** A health profession as it appears in the demo: rubriek 19.x, the aanbod it offers at a practice. */
export type Beroep = {
  key: string
  /** Lower-case, for aanbod names: "Marc Boons - huisarts" */
  label: string
  rubriek: string
  doelgroepen: Doelgroep[]
  aanmelding: Aanmeldingswijze[]
  kostprijs: [Kostprijs, string?][]
  erkenning: string
  beschrijving: string
}

const AZG = 'Agentschap Zorg en Gezondheid'
const FOD = 'FOD Volksgezondheid (visum)'
const CONVENTIE: [Kostprijs, string][] = [
  ['terugbetaald_ziekenfonds', 'Geconventioneerd: u betaalt enkel het remgeld.'],
  [
    'terugbetaald_ziekenfonds',
    'Niet geconventioneerd; terugbetaling volgens het ziekenfondstarief.',
  ],
]

export const BEROEPEN: Record<string, Beroep> = {
  huisarts: {
    key: 'huisarts',
    label: 'huisarts',
    rubriek: '19.01.01',
    doelgroepen: ['kinderen', 'volwassenen', 'ouderen'],
    aanmelding: ['op_afspraak', 'telefonisch', 'online'],
    kostprijs: CONVENTIE,
    erkenning: AZG,
    beschrijving:
      '{naam} is huisarts in {praktijk}. Raadplegingen op afspraak en huisbezoeken voor wie niet naar de praktijk kan komen. Het globaal medisch dossier (GMD) wordt hier bijgehouden.',
  },
  arts_specialist: {
    key: 'arts_specialist',
    label: 'arts-specialist',
    rubriek: '19.01.02',
    doelgroepen: ['volwassenen', 'ouderen', 'kinderen'],
    aanmelding: ['op_afspraak', 'via_doorverwijzing'],
    kostprijs: CONVENTIE,
    erkenning: AZG,
    beschrijving:
      '{naam} houdt raadpleging als arts-specialist in {praktijk}, op verwijzing van de huisarts of op eigen initiatief.',
  },
  tandarts: {
    key: 'tandarts',
    label: 'tandarts',
    rubriek: '19.02',
    doelgroepen: ['kinderen', 'jongeren', 'volwassenen', 'ouderen'],
    aanmelding: ['op_afspraak', 'telefonisch', 'online'],
    kostprijs: CONVENTIE,
    erkenning: AZG,
    beschrijving:
      '{naam} verzorgt controles, tandsteenverwijdering, vullingen en kronen in {praktijk}. Kinderen tot 18 jaar worden volledig terugbetaald.',
  },
  mondhygienist: {
    key: 'mondhygienist',
    label: 'mondhygiënist',
    rubriek: '19',
    doelgroepen: ['volwassenen', 'ouderen'],
    aanmelding: ['op_afspraak'],
    kostprijs: [['betalend']],
    erkenning: FOD,
    beschrijving:
      '{naam} werkt als mondhygiënist in {praktijk}: preventie, reiniging en advies over mondverzorging.',
  },
  apotheker: {
    key: 'apotheker',
    label: 'apotheker',
    rubriek: '19.03',
    doelgroepen: ['volwassenen', 'ouderen', 'kinderen'],
    aanmelding: ['vrij_binnenlopen'],
    kostprijs: [
      [
        'terugbetaald_ziekenfonds',
        'Geneesmiddelen op voorschrift worden terugbetaald volgens hun categorie.',
      ],
    ],
    erkenning: FOD,
    beschrijving:
      '{naam} is apotheker in {praktijk}, uw huisapotheker voor advies bij geneesmiddelen, een medicatieschema en het gesprek nieuwe medicatie.',
  },
  farmaceutisch_technisch_assistent: {
    key: 'farmaceutisch_technisch_assistent',
    label: 'farmaceutisch-technisch assistent',
    rubriek: '19',
    doelgroepen: ['volwassenen'],
    aanmelding: ['vrij_binnenlopen'],
    kostprijs: [['gratis']],
    erkenning: FOD,
    beschrijving:
      '{naam} helpt u als farmaceutisch-technisch assistent aan de toonbank van {praktijk}.',
  },
  vroedvrouw: {
    key: 'vroedvrouw',
    label: 'vroedvrouw',
    rubriek: '19.04',
    doelgroepen: ['aanstaande_ouders', 'babys_peuters', 'gezinnen'],
    aanmelding: ['op_afspraak', 'telefonisch'],
    kostprijs: CONVENTIE,
    erkenning: AZG,
    beschrijving:
      '{naam} begeleidt als vroedvrouw de zwangerschap, de bevalling en de eerste weken thuis, met borstvoedingsadvies en postnatale zorg.',
  },
  verpleegkundige: {
    key: 'verpleegkundige',
    label: 'thuisverpleegkundige',
    rubriek: '19.05',
    doelgroepen: ['ouderen', 'volwassenen', 'personen_met_chronische_ziekte'],
    aanmelding: ['telefonisch', 'via_doorverwijzing'],
    kostprijs: [['terugbetaald_ziekenfonds', 'Op voorschrift; geen remgeld bij de meeste zorgen.']],
    erkenning: AZG,
    beschrijving:
      '{naam} is zelfstandig verpleegkundige en komt bij u thuis voor wondzorg, inspuitingen, hygiënische zorg en diabetesbegeleiding.',
  },
  zorgkundige: {
    key: 'zorgkundige',
    label: 'zorgkundige',
    rubriek: '19',
    doelgroepen: ['ouderen'],
    aanmelding: ['telefonisch'],
    kostprijs: [['terugbetaald_ziekenfonds']],
    erkenning: AZG,
    beschrijving:
      '{naam} werkt als zorgkundige in het team van {praktijk} en helpt bij de dagelijkse verzorging.',
  },
  kinesitherapeut: {
    key: 'kinesitherapeut',
    label: 'kinesitherapeut',
    rubriek: '19.06',
    doelgroepen: ['volwassenen', 'ouderen', 'kinderen'],
    aanmelding: ['op_afspraak', 'telefonisch', 'online'],
    kostprijs: CONVENTIE,
    erkenning: AZG,
    beschrijving:
      '{naam} is kinesitherapeut in {praktijk}: revalidatie na een operatie of blessure, rugklachten, ademhalingskine en behandeling aan huis.',
  },
  klinisch_psycholoog: {
    key: 'klinisch_psycholoog',
    label: 'klinisch psycholoog',
    rubriek: '19.07',
    doelgroepen: ['volwassenen', 'jongeren', 'personen_met_psychische_problemen'],
    aanmelding: ['op_afspraak', 'online'],
    kostprijs: [
      [
        'terugbetaald_ziekenfonds',
        'Terugbetaald binnen de eerstelijnspsychologische zorg via het netwerk geestelijke gezondheid.',
      ],
      ['betalend', 'Erelonen per sessie.'],
    ],
    erkenning: AZG,
    beschrijving:
      '{naam} biedt als klinisch psycholoog gesprekken bij stress, angst, somberheid, burn-out en rouw.',
  },
  klinisch_orthopedagoog: {
    key: 'klinisch_orthopedagoog',
    label: 'klinisch orthopedagoog',
    rubriek: '19.08',
    doelgroepen: ['kinderen', 'jongeren', 'gezinnen'],
    aanmelding: ['op_afspraak'],
    kostprijs: [['betalend']],
    erkenning: AZG,
    beschrijving:
      '{naam} begeleidt als klinisch orthopedagoog kinderen en jongeren met leer-, ontwikkelings- of gedragsproblemen, samen met hun ouders.',
  },
  logopedist: {
    key: 'logopedist',
    label: 'logopedist',
    rubriek: '19.09',
    doelgroepen: ['kinderen', 'volwassenen', 'ouderen'],
    aanmelding: ['op_afspraak', 'telefonisch'],
    kostprijs: CONVENTIE,
    erkenning: FOD,
    beschrijving:
      '{naam} behandelt als logopedist taal-, spraak-, stem-, leer- en slikproblemen bij kinderen en volwassenen.',
  },
  dietist: {
    key: 'dietist',
    label: 'diëtist',
    rubriek: '19.10',
    doelgroepen: ['volwassenen', 'kinderen', 'personen_met_chronische_ziekte'],
    aanmelding: ['op_afspraak', 'online'],
    kostprijs: [
      ['betalend', 'Gedeeltelijke terugbetaling bij diabetes of via de aanvullende verzekering.'],
    ],
    erkenning: FOD,
    beschrijving:
      '{naam} geeft als erkend diëtist voedingsadvies bij overgewicht, diabetes, allergieën en darmklachten.',
  },
  ergotherapeut: {
    key: 'ergotherapeut',
    label: 'ergotherapeut',
    rubriek: '19.11',
    doelgroepen: ['ouderen', 'personen_met_handicap', 'kinderen'],
    aanmelding: ['op_afspraak'],
    kostprijs: [['betalend']],
    erkenning: FOD,
    beschrijving:
      '{naam} helpt als ergotherapeut om dagelijkse activiteiten weer zelfstandig te doen, met advies over hulpmiddelen en woningaanpassing.',
  },
  podoloog: {
    key: 'podoloog',
    label: 'podoloog',
    rubriek: '19.12',
    doelgroepen: ['volwassenen', 'ouderen', 'personen_met_chronische_ziekte'],
    aanmelding: ['op_afspraak'],
    kostprijs: [['betalend', 'Terugbetaling voor diabetespatiënten met een zorgtraject.']],
    erkenning: FOD,
    beschrijving:
      '{naam} is podoloog: onderzoek van voet en houding, steunzolen en diabetische voetzorg.',
  },
  audioloog: {
    key: 'audioloog',
    label: 'audioloog',
    rubriek: '19.13',
    doelgroepen: ['volwassenen', 'ouderen', 'kinderen'],
    aanmelding: ['op_afspraak'],
    kostprijs: [['betalend']],
    erkenning: FOD,
    beschrijving:
      '{naam} onderzoekt als audioloog het gehoor en begeleidt mensen met gehoorverlies of tinnitus.',
  },
  audicien: {
    key: 'audicien',
    label: 'audicien',
    rubriek: '19',
    doelgroepen: ['ouderen', 'volwassenen'],
    aanmelding: ['op_afspraak', 'vrij_binnenlopen'],
    kostprijs: [['terugbetaald_ziekenfonds', 'Gedeeltelijke terugbetaling van hoorapparaten.']],
    erkenning: FOD,
    beschrijving: '{naam} past als audicien hoorapparaten aan en zorgt voor nazorg en onderhoud.',
  },
  orthoptist_optometrist: {
    key: 'orthoptist_optometrist',
    label: 'orthoptist',
    rubriek: '19.14',
    doelgroepen: ['kinderen', 'volwassenen'],
    aanmelding: ['op_afspraak', 'via_doorverwijzing'],
    kostprijs: [['betalend']],
    erkenning: FOD,
    beschrijving:
      '{naam} onderzoekt en behandelt als orthoptist scheelzien, lui oog en problemen met samenwerking van de ogen.',
  },
  technoloog_medische_beeldvorming: {
    key: 'technoloog_medische_beeldvorming',
    label: 'technoloog medische beeldvorming',
    rubriek: '19',
    doelgroepen: ['volwassenen'],
    aanmelding: ['via_doorverwijzing'],
    kostprijs: [['terugbetaald_ziekenfonds']],
    erkenning: FOD,
    beschrijving: '{naam} maakt röntgenfoto’s en echografieën op voorschrift in {praktijk}.',
  },
  medisch_laboratoriumtechnoloog: {
    key: 'medisch_laboratoriumtechnoloog',
    label: 'laboratoriumtechnoloog',
    rubriek: '19',
    doelgroepen: ['volwassenen'],
    aanmelding: ['vrij_binnenlopen', 'via_doorverwijzing'],
    kostprijs: [['terugbetaald_ziekenfonds']],
    erkenning: FOD,
    beschrijving: '{naam} neemt bloedstalen af en voert labo-onderzoeken uit op voorschrift.',
  },
  bandagist_orthesist_prothesist: {
    key: 'bandagist_orthesist_prothesist',
    label: 'bandagist',
    rubriek: '19',
    doelgroepen: ['ouderen', 'personen_met_handicap'],
    aanmelding: ['vrij_binnenlopen', 'op_afspraak'],
    kostprijs: [['terugbetaald_ziekenfonds', 'Op voorschrift gedeeltelijk terugbetaald.']],
    erkenning: FOD,
    beschrijving:
      '{naam} levert en past steunkousen, braces, prothesen en orthopedische hulpmiddelen aan.',
  },
  ambulancier_ndpv: {
    key: 'ambulancier_ndpv',
    label: 'ambulancier niet-dringend patiëntenvervoer',
    rubriek: '19',
    doelgroepen: ['ouderen', 'personen_met_handicap'],
    aanmelding: ['telefonisch'],
    kostprijs: [['betalend', 'Vaste prijs per rit en per kilometer.']],
    erkenning: AZG,
    beschrijving:
      '{naam} vervoert liggende en zittende patiënten naar het ziekenhuis, een onderzoek of een revalidatiecentrum.',
  },
}

export type PraktijkType = {
  key: string
  gewicht: number
  soort: 'solopraktijk' | 'groepspraktijk'
  /** Name of the practice; `hoofd` is its first zorgverlener. */
  naam: (ctx: {
    rng: Rng
    gemeente: string
    wijk: () => string
    woord: () => string
    hoofd: { voornaam: string; achternaam: string }
  }) => string
  /** New zorgverleners: profession and how many. */
  samenstelling: { beroep: string; min: number; max: number }[]
  uren: HoursProfile
  /** Probability that a colleague from another practice also works here. */
  gedeeld: number
  kbo: number
}

export const PRAKTIJK_TYPES: PraktijkType[] = [
  {
    key: 'huisartsen-groep',
    gewicht: 8,
    soort: 'groepspraktijk',
    uren: 'huisarts',
    gedeeld: 0.25,
    kbo: 0.7,
    naam: ({ gemeente, wijk, rng }) =>
      rng.chance(0.7) ? `Huisartsenpraktijk ${gemeente} ${wijk()}` : `Huisartsenpraktijk ${wijk()}`,
    samenstelling: [
      { beroep: 'huisarts', min: 2, max: 5 },
      { beroep: 'verpleegkundige', min: 0, max: 1 },
    ],
  },
  {
    key: 'huisarts-solo',
    gewicht: 10,
    soort: 'solopraktijk',
    uren: 'huisarts',
    gedeeld: 0,
    kbo: 0.2,
    naam: ({ hoofd }) => `Huisartsenpraktijk Dr. ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'huisarts', min: 1, max: 1 }],
  },
  {
    key: 'multidisciplinair',
    gewicht: 3,
    soort: 'groepspraktijk',
    uren: 'praktijk',
    gedeeld: 0.4,
    kbo: 0.9,
    naam: ({ woord, gemeente, rng }) =>
      rng.chance(0.5) ? `Gezondheidshuis ${woord()}` : `Medisch Centrum ${gemeente}`,
    samenstelling: [
      { beroep: 'huisarts', min: 1, max: 3 },
      { beroep: 'kinesitherapeut', min: 0, max: 2 },
      { beroep: 'klinisch_psycholoog', min: 0, max: 1 },
      { beroep: 'dietist', min: 0, max: 1 },
      { beroep: 'logopedist', min: 0, max: 1 },
      { beroep: 'podoloog', min: 0, max: 1 },
    ],
  },
  {
    key: 'specialisten',
    gewicht: 2,
    soort: 'groepspraktijk',
    uren: 'praktijk',
    gedeeld: 0.3,
    kbo: 1,
    naam: ({ gemeente, woord, rng }) =>
      rng.chance(0.5) ? `Medisch Centrum ${woord()}` : `Specialistenpraktijk ${gemeente}`,
    samenstelling: [
      { beroep: 'arts_specialist', min: 2, max: 4 },
      { beroep: 'verpleegkundige', min: 0, max: 1 },
      { beroep: 'technoloog_medische_beeldvorming', min: 0, max: 1 },
      { beroep: 'orthoptist_optometrist', min: 0, max: 1 },
    ],
  },
  {
    key: 'labo',
    gewicht: 0.4,
    soort: 'groepspraktijk',
    uren: 'kantoor',
    gedeeld: 0,
    kbo: 1,
    naam: ({ gemeente }) => `Medisch Labo ${gemeente}`,
    samenstelling: [
      { beroep: 'arts_specialist', min: 1, max: 1 },
      { beroep: 'medisch_laboratoriumtechnoloog', min: 1, max: 3 },
    ],
  },
  {
    key: 'tandartsen-groep',
    gewicht: 3,
    soort: 'groepspraktijk',
    uren: 'praktijk',
    gedeeld: 0.2,
    kbo: 0.8,
    naam: ({ woord, gemeente, rng }) =>
      rng.chance(0.5)
        ? `Tandartsenpraktijk ${woord()}`
        : `Tandartsen ${gemeente} ${rng.pick(['Centrum', 'Zuid', 'Noord'])}`,
    samenstelling: [
      { beroep: 'tandarts', min: 2, max: 4 },
      { beroep: 'mondhygienist', min: 0, max: 1 },
    ],
  },
  {
    key: 'tandarts-solo',
    gewicht: 5,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.2,
    naam: ({ hoofd }) => `Tandartspraktijk ${hoofd.voornaam} ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'tandarts', min: 1, max: 1 }],
  },
  {
    key: 'kine-groep',
    gewicht: 4,
    soort: 'groepspraktijk',
    uren: 'praktijk',
    gedeeld: 0.3,
    kbo: 0.6,
    naam: ({ woord }) => `Kinepraktijk ${woord()}`,
    samenstelling: [{ beroep: 'kinesitherapeut', min: 2, max: 5 }],
  },
  {
    key: 'kine-solo',
    gewicht: 7,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd, rng }) =>
      rng.chance(0.5)
        ? `Kinepraktijk ${hoofd.achternaam}`
        : `Kinesitherapie ${hoofd.voornaam} ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'kinesitherapeut', min: 1, max: 1 }],
  },
  {
    key: 'apotheek',
    gewicht: 5,
    soort: 'solopraktijk',
    uren: 'apotheek',
    gedeeld: 0,
    kbo: 0.9,
    naam: ({ hoofd, woord, rng }) =>
      rng.chance(0.5) ? `Apotheek ${hoofd.achternaam}` : `Apotheek ${woord()}`,
    samenstelling: [{ beroep: 'apotheker', min: 1, max: 1 }],
  },
  {
    key: 'apotheek-groep',
    gewicht: 1.5,
    soort: 'groepspraktijk',
    uren: 'apotheek',
    gedeeld: 0,
    kbo: 1,
    naam: ({ gemeente, wijk }) => `Apotheek ${gemeente} ${wijk()}`,
    samenstelling: [
      { beroep: 'apotheker', min: 2, max: 3 },
      { beroep: 'farmaceutisch_technisch_assistent', min: 1, max: 2 },
    ],
  },
  {
    key: 'thuisverpleging-solo',
    gewicht: 4,
    soort: 'solopraktijk',
    uren: 'permanent',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd }) => `Thuisverpleging ${hoofd.voornaam} ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'verpleegkundige', min: 1, max: 1 }],
  },
  {
    key: 'thuisverpleging-groep',
    gewicht: 2,
    soort: 'groepspraktijk',
    uren: 'permanent',
    gedeeld: 0.2,
    kbo: 0.7,
    naam: ({ woord }) => `Thuisverpleegkundigen ${woord()}`,
    samenstelling: [
      { beroep: 'verpleegkundige', min: 2, max: 5 },
      { beroep: 'zorgkundige', min: 0, max: 2 },
    ],
  },
  {
    key: 'vroedvrouwen',
    gewicht: 1.5,
    soort: 'groepspraktijk',
    uren: 'geen',
    gedeeld: 0.1,
    kbo: 0.4,
    naam: ({ woord }) => `Vroedvrouwenpraktijk ${woord()}`,
    samenstelling: [{ beroep: 'vroedvrouw', min: 2, max: 4 }],
  },
  {
    key: 'vroedvrouw-solo',
    gewicht: 1.5,
    soort: 'solopraktijk',
    uren: 'geen',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd }) => `Vroedvrouw ${hoofd.voornaam} ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'vroedvrouw', min: 1, max: 1 }],
  },
  {
    key: 'psy-groep',
    gewicht: 2,
    soort: 'groepspraktijk',
    uren: 'praktijk',
    gedeeld: 0.3,
    kbo: 0.5,
    naam: ({ woord }) => `Praktijk voor psychotherapie ${woord()}`,
    samenstelling: [
      { beroep: 'klinisch_psycholoog', min: 2, max: 4 },
      { beroep: 'klinisch_orthopedagoog', min: 0, max: 2 },
    ],
  },
  {
    key: 'psy-solo',
    gewicht: 4,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd, rng }) =>
      rng.chance(0.5)
        ? `Psychologenpraktijk ${hoofd.achternaam}`
        : `Praktijk ${hoofd.voornaam} ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'klinisch_psycholoog', min: 1, max: 1 }],
  },
  {
    key: 'ortho-solo',
    gewicht: 1,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd }) => `Orthopedagogische praktijk ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'klinisch_orthopedagoog', min: 1, max: 1 }],
  },
  {
    key: 'logo-solo',
    gewicht: 3,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd, woord, rng }) =>
      rng.chance(0.5) ? `Logopedie ${hoofd.achternaam}` : `Logopediepraktijk ${woord()}`,
    samenstelling: [{ beroep: 'logopedist', min: 1, max: 1 }],
  },
  {
    key: 'logo-groep',
    gewicht: 1,
    soort: 'groepspraktijk',
    uren: 'praktijk',
    gedeeld: 0.2,
    kbo: 0.4,
    naam: ({ woord }) => `Logopediecentrum ${woord()}`,
    samenstelling: [{ beroep: 'logopedist', min: 2, max: 4 }],
  },
  {
    key: 'dietist-solo',
    gewicht: 1.5,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd }) => `Diëtistenpraktijk ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'dietist', min: 1, max: 1 }],
  },
  {
    key: 'ergo-solo',
    gewicht: 1,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd }) => `Ergotherapie ${hoofd.voornaam} ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'ergotherapeut', min: 1, max: 1 }],
  },
  {
    key: 'podo-solo',
    gewicht: 1.5,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd, woord, rng }) =>
      rng.chance(0.5) ? `Podologie ${hoofd.achternaam}` : `Voetenpraktijk ${woord()}`,
    samenstelling: [{ beroep: 'podoloog', min: 1, max: 1 }],
  },
  {
    key: 'hoorcentrum',
    gewicht: 1,
    soort: 'groepspraktijk',
    uren: 'kantoor',
    gedeeld: 0,
    kbo: 1,
    naam: ({ gemeente }) => `Hoorcentrum ${gemeente}`,
    samenstelling: [
      { beroep: 'audioloog', min: 1, max: 2 },
      { beroep: 'audicien', min: 1, max: 2 },
    ],
  },
  {
    key: 'orthoptie-solo',
    gewicht: 0.5,
    soort: 'solopraktijk',
    uren: 'praktijk',
    gedeeld: 0,
    kbo: 0.1,
    naam: ({ hoofd }) => `Orthoptie ${hoofd.achternaam}`,
    samenstelling: [{ beroep: 'orthoptist_optometrist', min: 1, max: 1 }],
  },
  {
    key: 'bandagisterie',
    gewicht: 0.6,
    soort: 'solopraktijk',
    uren: 'kantoor',
    gedeeld: 0,
    kbo: 1,
    naam: ({ hoofd, woord, rng }) =>
      rng.chance(0.5) ? `Bandagisterie ${hoofd.achternaam}` : `Orthopedie ${woord()}`,
    samenstelling: [{ beroep: 'bandagist_orthesist_prothesist', min: 1, max: 1 }],
  },
  {
    key: 'ziekenvervoer',
    gewicht: 0.3,
    soort: 'groepspraktijk',
    uren: 'permanent',
    gedeeld: 0,
    kbo: 1,
    naam: ({ gemeente }) => `Ziekenvervoer ${gemeente}`,
    samenstelling: [{ beroep: 'ambulancier_ndpv', min: 2, max: 3 }],
  },
]
