import type { Dag, Uitzondering, WeekSlot } from '@/domain/openingsuren'

import type { Rng } from './prng'

export type HoursProfile =
  | 'kantoor'
  | 'doorlopend'
  | 'permanent'
  | 'nachtopvang'
  | 'wachtpost'
  | 'huisarts'
  | 'praktijk'
  | 'apotheek'
  | 'kinderopvang'
  | 'dienstencentrum'
  | 'inloop'
  | 'hulplijn'
  | 'geen'

export type OpeningsurenInput = {
  weekschema: WeekSlot[]
  uitzonderingen: Uitzondering[]
  feestdagen: 'gesloten' | 'normaal'
  toelichting?: string
}

const WERKDAGEN: Dag[] = ['ma', 'di', 'wo', 'do', 'vr']
const ALLE_DAGEN: Dag[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

const slot = (dag: Dag, opent: string, sluit: string, naMiddernacht = false): WeekSlot =>
  naMiddernacht ? { dag, opent, sluit, naMiddernacht: true } : { dag, opent, sluit }

function weekschema(profiel: HoursProfile, rng: Rng): WeekSlot[] {
  switch (profiel) {
    case 'kantoor': {
      // Morning and afternoon with a lunch break; often closed on Wednesday afternoon.
      const namiddagTot = rng.pick(['16:00', '16:30', '17:00'])
      const woNamiddag = rng.chance(0.6)
      return WERKDAGEN.flatMap((dag) => [
        slot(dag, rng.chance(0.5) ? '09:00' : '08:30', '12:00'),
        ...(dag === 'wo' && !woNamiddag
          ? []
          : [slot(dag, '13:00', dag === 'do' && rng.chance(0.3) ? '19:00' : namiddagTot)]),
      ])
    }
    case 'doorlopend': {
      const [van, tot] = rng.pick([
        ['08:30', '16:30'],
        ['09:00', '17:00'],
        ['08:00', '16:00'],
      ] as const)
      return WERKDAGEN.map((dag) => slot(dag, van, tot))
    }
    case 'permanent':
    case 'hulplijn':
      return ALLE_DAGEN.map((dag) => slot(dag, '00:00', '24:00'))
    case 'nachtopvang':
      return ALLE_DAGEN.map((dag) => slot(dag, rng.chance(0.5) ? '20:00' : '21:00', '08:00', true))
    case 'wachtpost':
      // Weeknights from 19:00 to 08:00 the next morning, and the whole weekend.
      return [
        slot('ma', '00:00', '08:00'),
        ...(['ma', 'di', 'wo', 'do'] as Dag[]).map((dag) => slot(dag, '19:00', '08:00', true)),
        slot('vr', '19:00', '24:00'),
        slot('za', '00:00', '24:00'),
        slot('zo', '00:00', '24:00'),
      ]
    case 'huisarts': {
      const za = rng.chance(0.5)
      return [
        ...WERKDAGEN.flatMap((dag) => [
          slot(dag, '08:00', rng.chance(0.5) ? '11:00' : '12:00'),
          ...(dag === 'wo' && rng.chance(0.5)
            ? []
            : [slot(dag, rng.chance(0.5) ? '16:00' : '17:00', '19:00')]),
        ]),
        ...(za ? [slot('za', '09:00', '11:00')] : []),
      ]
    }
    case 'praktijk': {
      const lunch = rng.chance(0.5)
      return [
        ...WERKDAGEN.flatMap((dag) =>
          lunch
            ? [slot(dag, '08:00', '12:00'), slot(dag, '13:00', '20:00')]
            : [slot(dag, '08:00', '20:00')],
        ),
        ...(rng.chance(0.6) ? [slot('za', '08:00', '12:00')] : []),
      ]
    }
    case 'apotheek':
      return [
        ...WERKDAGEN.flatMap((dag) => [slot(dag, '08:30', '12:30'), slot(dag, '13:30', '18:30')]),
        slot('za', '09:00', rng.chance(0.5) ? '12:30' : '17:00'),
      ]
    case 'kinderopvang':
      return WERKDAGEN.map((dag) =>
        slot(dag, rng.chance(0.5) ? '07:00' : '06:30', rng.chance(0.5) ? '18:30' : '18:00'),
      )
    case 'dienstencentrum':
      return [
        ...WERKDAGEN.map((dag) => slot(dag, '09:00', '17:00')),
        ...(rng.chance(0.3) ? [slot('za', '10:00', '14:00')] : []),
      ]
    case 'inloop':
      return [
        slot('ma', '09:00', '13:00'),
        slot('di', '09:00', '13:00'),
        slot('wo', '13:00', '17:00'),
        slot('do', '09:00', '13:00'),
        slot('vr', '09:00', '13:00'),
      ]
    case 'geen':
      return []
  }
}

const DOORLOPEND_OPEN: HoursProfile[] = ['permanent', 'hulplijn', 'nachtopvang', 'wachtpost']

const plusDagen = (iso: string, dagen: number): string => {
  const [j, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(j, m - 1, d + dagen)).toISOString().slice(0, 10)
}

function uitzonderingen(profiel: HoursProfile, rng: Rng, referentie: string): Uitzondering[] {
  const jaar = Number(referentie.slice(0, 4))
  if (profiel === 'wachtpost') {
    return [
      {
        datum: `${jaar}-12-25`,
        gesloten: false,
        opent: '08:00',
        sluit: '24:00',
        omschrijving: 'Kerstmis: de hele dag open',
      },
    ]
  }
  if (DOORLOPEND_OPEN.includes(profiel) || profiel === 'geen' || !rng.chance(0.25)) return []
  const lijst: Uitzondering[] = []
  if (rng.chance(0.6)) {
    lijst.push({
      datum: `${jaar}-12-24`,
      gesloten: false,
      opent: '09:00',
      sluit: '12:00',
      omschrijving: 'Kerstavond: enkel in de voormiddag',
    })
    lijst.push({
      datum: `${jaar}-12-31`,
      gesloten: false,
      opent: '09:00',
      sluit: '12:00',
      omschrijving: 'Oudejaarsdag: enkel in de voormiddag',
    })
  }
  if (rng.chance(0.5)) {
    lijst.push({
      datum: plusDagen(referentie, rng.int(10, 20)),
      gesloten: true,
      omschrijving: rng.pick(['Teamdag', 'Vorming van het team', 'Verhuis van de werking']),
    })
  }
  if (profiel === 'kinderopvang' || rng.chance(0.3)) {
    // A few days of collective closure in the summer of the next year.
    const start = `${jaar + 1}-07-${String(rng.int(20, 24)).padStart(2, '0')}`
    for (let i = 0; i < 3; i++)
      lijst.push({
        datum: plusDagen(start, i),
        gesloten: true,
        omschrijving: 'Collectieve sluiting',
      })
  }
  return lijst
}

const TOELICHTINGEN: Partial<Record<HoursProfile, string[]>> = {
  kantoor: [
    'Buiten de openingsuren kunt u een bericht achterlaten; we bellen u terug.',
    'Gesprekken buiten de openingsuren zijn mogelijk op afspraak.',
  ],
  huisarts: [
    'Raadpleging op afspraak. Huisbezoeken in de namiddag.',
    'Buiten de openingsuren belt u de huisartsenwachtpost op 1733.',
  ],
  praktijk: ['Enkel op afspraak.', 'Behandelingen aan huis zijn mogelijk op voorschrift.'],
  apotheek: [
    'Voor de apotheek van wacht: bel 0903 99 000 of kijk op de website van de apothekers van wacht.',
  ],
  wachtpost: ['Bel eerst 1733. Bij levensbedreigende nood belt u 112.'],
  hulplijn: ['Dag en nacht bereikbaar, ook op zon- en feestdagen.'],
  geen: ['Enkel op afspraak.', 'Contact via telefoon of e-mail.'],
}

/** Opening hours of a profile: no overlaps, some lunch breaks, night blocks with naMiddernacht. */
export function makeOpeningsuren(
  profiel: HoursProfile,
  rng: Rng,
  referentie: string,
): OpeningsurenInput {
  const uren: OpeningsurenInput = {
    weekschema: weekschema(profiel, rng),
    uitzonderingen: uitzonderingen(profiel, rng, referentie),
    feestdagen: DOORLOPEND_OPEN.includes(profiel) || rng.chance(0.08) ? 'normaal' : 'gesloten',
  }
  const toelichtingen = TOELICHTINGEN[profiel]
  if (toelichtingen && (profiel === 'geen' || rng.chance(0.4)))
    uren.toelichting = rng.pick(toelichtingen)
  return uren
}
