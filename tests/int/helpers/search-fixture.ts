// A small, fixed map of fiches for the search tests, made through Payload (so the hooks record them
// in the outbox exactly as an editor's changes would), independent of the random demo data.
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Organisatie } from '@/payload-types'

import { richText } from './factories'

const ctx = { systemWrite: true }

type AanbodData = RequiredDataFromCollectionSlug<'aanbod'>

type Uur = { dag: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo'; opent: string; sluit: string }
const weekdagen = (opent: string, sluit: string): Uur[] =>
  (['ma', 'di', 'wo', 'do', 'vr'] as const).map((dag) => ({ dag, opent, sluit }))
const elkeDag = (opent: string, sluit: string): Uur[] =>
  (['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const).map((dag) => ({ dag, opent, sluit }))

const RUBRIEKEN = [
  { code: '81', naam: 'Gezondheidszorg' },
  { code: '81.01', naam: 'Huisartsen', parent: '81' },
  { code: '81.02', naam: 'Kinesitherapie', parent: '81' },
  { code: '81.03', naam: 'Diëtisten', parent: '81' },
  { code: '81.04', naam: 'Apotheken', parent: '81' },
  { code: '82', naam: 'Ouderenzorg' },
  { code: '82.01', naam: 'Woonzorgcentra', parent: '82' },
  { code: '82.02', naam: 'Gezinszorg en aanvullende thuiszorg', parent: '82' },
] as const

export type SearchFixture = Awaited<ReturnType<typeof createSearchFixture>>

async function rubriek(payload: Payload, ids: Map<string, number>, r: (typeof RUBRIEKEN)[number]) {
  const found = await payload.find({
    collection: 'rubrieken',
    where: { code: { equals: r.code } },
    limit: 1,
    depth: 0,
  })
  const id =
    found.docs[0]?.id ??
    (
      await payload.create({
        collection: 'rubrieken',
        data: {
          code: r.code,
          naam: r.naam,
          ...('parent' in r ? { parent: ids.get(r.parent) } : {}),
        },
        depth: 0,
      })
    ).id
  ids.set(r.code, id)
}

export async function createSearchFixture(payload: Payload) {
  const rubriekIds = new Map<string, number>()
  for (const r of RUBRIEKEN) await rubriek(payload, rubriekIds, r)
  const rub = (code: string) => rubriekIds.get(code)!

  const org = (
    naam: string,
    adres: { straat: string; huisnummer: string; postcode: string },
    status: Organisatie['status'] = 'actief',
  ) =>
    payload.create({
      collection: 'organisaties',
      data: { naam, status, adressen: [adres] },
      context: ctx,
      depth: 0,
    })
  const praktijk = (
    naam: string,
    adres: { straat: string; huisnummer: string; postcode: string },
  ) =>
    payload.create({
      collection: 'praktijken',
      data: { naam, status: 'actief', adressen: [adres] },
      context: ctx,
      depth: 0,
    })
  const zorgverlener = (
    voornaam: string,
    achternaam: string,
    beroep: string,
    adres: { straat: string; huisnummer: string; postcode: string },
  ) =>
    payload.create({
      collection: 'zorgverleners',
      data: {
        voornaam,
        achternaam,
        beroepen: [beroep as 'huisarts'],
        status: 'actief',
        adressen: [adres],
      },
      context: ctx,
      depth: 0,
    })
  const aanbod = (data: Omit<AanbodData, 'status'> & Partial<AanbodData>) =>
    payload.create({
      collection: 'aanbod',
      data: { status: 'actief', ...data },
      context: ctx,
      depth: 0,
    })

  // Gent centre (9000), Gentbrugge (9050, ~3 km), Merelbeke (9820, ~6 km), Antwerpen (2000, ~50 km).
  const linde = await praktijk('Huisartsenpraktijk De Linde', {
    straat: 'Kouter',
    huisnummer: '10',
    postcode: '9000',
  })
  const peeters = await zorgverlener('An', 'Peeters', 'huisarts', {
    straat: 'Kouter',
    huisnummer: '10',
    postcode: '9000',
  })
  const consult = await aanbod({
    naam: 'Huisartsenconsultatie De Linde',
    praktijk: linde.id,
    zorgverlener: peeters.id,
    rubrieken: [rub('81.01')],
    doelgroepen: ['volwassenen', 'kinderen'],
    beschrijving: richText('Raadpleging op afspraak bij uw vaste dokter.'),
    openingsuren: { weekschema: weekdagen('08:00', '18:00'), feestdagen: 'gesloten' },
  })

  const beweeg = await praktijk('Praktijk Beweeg', {
    straat: 'Brusselsesteenweg',
    huisnummer: '300',
    postcode: '9050',
  })
  const janssens = await zorgverlener('Jan', 'Janssens', 'kinesitherapeut', {
    straat: 'Brusselsesteenweg',
    huisnummer: '300',
    postcode: '9050',
  })
  const kineAanHuis = await aanbod({
    naam: 'Kinesitherapie aan huis',
    praktijk: beweeg.id,
    zorgverlener: janssens.id,
    rubrieken: [rub('81.02')],
    doelgroepen: ['ouderen'],
    openingsuren: { weekschema: weekdagen('09:00', '17:00'), feestdagen: 'gesloten' },
  })

  const vitaal = await org('Sportclub Vitaal', {
    straat: 'Hundelgemsesteenweg',
    huisnummer: '500',
    postcode: '9820',
  })
  const sport = await aanbod({
    naam: 'Bewegen voor senioren',
    organisatie: vitaal.id,
    rubrieken: [rub('82.02')],
    doelgroepen: ['ouderen'],
    beschrijving: richText('Turnlessen in samenwerking met een kinesitherapeut uit de buurt.'),
  })

  const claes = await zorgverlener('Sofie', 'Claes', 'dietist', {
    straat: 'Veldstraat',
    huisnummer: '1',
    postcode: '9000',
  })
  const dieet = await aanbod({
    naam: 'Diëtistische begeleiding',
    praktijk: linde.id,
    zorgverlener: claes.id,
    rubrieken: [rub('81.03')],
    doelgroepen: ['volwassenen'],
  })

  const nottebohm = await org('WZC Nottebohm', {
    straat: 'Nottebohmstraat',
    huisnummer: '8',
    postcode: '2000',
  })
  const wzc = await aanbod({
    naam: 'Woonzorgcentrum Nottebohm',
    organisatie: nottebohm.id,
    rubrieken: [rub('82.01')],
    doelgroepen: ['ouderen'],
    openingsuren: { weekschema: elkeDag('00:00', '24:00'), feestdagen: 'normaal' },
  })

  const apotheekOrg = await org('Apotheek Kouter', {
    straat: 'Kouter',
    huisnummer: '2',
    postcode: '9000',
  })
  const apotheek = await aanbod({
    naam: 'Apotheek Kouter wachtdienst',
    organisatie: apotheekOrg.id,
    rubrieken: [rub('81.04')],
    // Open on public holidays too: the pharmacy on duty.
    openingsuren: { weekschema: elkeDag('09:00', '18:00'), feestdagen: 'normaal' },
  })

  // Dentists: 'arts' is a synonym of huisarts, yet a search for huisartsen must not list them.
  const tandarts = await org('Tandartsenpraktijk Glimlach', {
    straat: 'Markt',
    huisnummer: '1',
    postcode: '8000',
  })

  const gesloten = await org(
    'Rusthuis De Oude Linde',
    { straat: 'Kouter', huisnummer: '99', postcode: '9000' },
    'stopgezet',
  )
  const pending = await aanbod({
    naam: 'Huisartsenwachtpost in aanvraag',
    organisatie: apotheekOrg.id,
    rubrieken: [rub('81.01')],
    status: 'in_aanvraag',
  })

  return {
    rubriek: rub,
    linde,
    peeters,
    consult,
    beweeg,
    janssens,
    kineAanHuis,
    vitaal,
    sport,
    claes,
    dieet,
    nottebohm,
    wzc,
    apotheekOrg,
    apotheek,
    tandarts,
    gesloten,
    pending,
  }
}
