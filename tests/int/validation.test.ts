import { beforeAll, describe, expect, it } from 'vitest'

import type { Organisatie, Zorgverlener } from '@/payload-types'

import type { DocAnswer } from './helpers/answers'
import { makeFactories, organisatieData, praktijkData, zorgverlenerData } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { rest, type RestResponse } from './helpers/rest'
import { buildWorld, type World } from './helpers/world'

let world: World
let admin: string

beforeAll(async () => {
  world = await buildWorld(await testPayload(), 'validatie')
  admin = world.actors.admin.token!
}, 120_000)

type FieldError = { path: string; message: string }

/** Payload's refusal of invalid data: one ValidationError with the fields that are wrong. */
type ValidationAnswer = { errors?: { data?: { errors?: FieldError[] } }[] }

/** A refusal must be a 400 that names the field, with a Dutch message for the editor. */
const expectFieldError = (
  response: RestResponse<ValidationAnswer>,
  path: string,
  pattern?: RegExp,
) => {
  expect(response.status, JSON.stringify(response.body)).toBe(400)
  const errors = (response.body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
  const match = errors.find((error) => error.path === path)
  expect(match, `no error for ${path} in ${JSON.stringify(errors)}`).toBeDefined()
  if (pattern) expect(match!.message).toMatch(pattern)
}

const organisatie = (overrides: Record<string, unknown>) => ({
  ...organisatieData('antwerpen'),
  ...overrides,
})

describe('organisaties refuse bad input with a 400 naming the field', () => {
  it('refuses a KBO number with a wrong check digit', async () => {
    expectFieldError(
      await rest('POST', '/organisaties', {
        token: admin,
        body: organisatie({ kboNummer: '0884.303.370' }),
      }),
      'kboNummer',
      /controle|KBO|ongeldig/i,
    )
  })

  it('refuses a KBO number that does not start with 0 or 1', async () => {
    expectFieldError(
      await rest('POST', '/organisaties', {
        token: admin,
        body: organisatie({ kboNummer: '2111111111' }),
      }),
      'kboNummer',
    )
  })

  it('stores a valid KBO number as ten digits whatever the notation', async () => {
    const response = await rest<DocAnswer<Organisatie>>('POST', '/organisaties', {
      token: admin,
      body: organisatie({ kboNummer: 'BE 0884.303.369' }),
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.kboNummer).toBe('0884303369')
  })

  it('refuses an unknown postcode', async () => {
    const body = organisatie({
      adressen: [{ straat: 'Nergensstraat', huisnummer: '1', postcode: '9999' }],
    })
    expectFieldError(
      await rest('POST', '/organisaties', { token: admin, body }),
      'adressen.0.postcode',
      /postcode/i,
    )
  })

  it('refuses a municipality that does not belong to the postcode', async () => {
    const body = organisatie({
      adressen: [{ straat: 'Meir', huisnummer: '1', postcode: '2000', gemeente: 'Gent' }],
    })
    expectFieldError(
      await rest('POST', '/organisaties', { token: admin, body }),
      'adressen.0.gemeente',
      /hoort niet bij/,
    )
  })

  it('fills the municipality, its region and the coordinates from the postcode', async () => {
    const body = organisatie({
      adressen: [{ straat: 'Kouter', huisnummer: '5', postcode: '9000' }],
    })
    const response = await rest<DocAnswer<Organisatie>>('POST', '/organisaties', {
      token: admin,
      body,
      query: 'depth=1',
    })
    expect(response.status).toBe(201)
    const [adres] = response.body.doc.adressen
    expect(adres.gemeente).toBe('Gent')
    expect(adres.nis).toBe('44021')
    expect(adres.lat).toBeCloseTo(51.05, 1)
    expect(adres.coordinatenBron).toBe('postcode')
    expect(response.body.doc.regio).toMatchObject({ code: 'oost-vlaanderen' })
  })

  it('keeps coordinates that the editor gave', async () => {
    const body = organisatie({
      adressen: [{ straat: 'Meir', huisnummer: '50', postcode: '2000', lat: 51.2181, lon: 4.4049 }],
    })
    const response = await rest<DocAnswer<Organisatie>>('POST', '/organisaties', {
      token: admin,
      body,
    })
    expect(response.body.doc.adressen[0]).toMatchObject({
      lat: 51.2181,
      lon: 4.4049,
      coordinatenBron: 'manueel',
    })
  })

  it('refuses a phone number that is not a valid number', async () => {
    expectFieldError(
      await rest('POST', '/organisaties', {
        token: admin,
        body: organisatie({ telefoons: [{ nummer: '012' }] }),
      }),
      'telefoons.0.nummer',
    )
  })

  it('stores phone numbers in E.164', async () => {
    const response = await rest<DocAnswer<Organisatie>>('POST', '/organisaties', {
      token: admin,
      body: organisatie({ telefoons: [{ nummer: '0470 12 34 56' }, { nummer: '03 480 12 34' }] }),
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.telefoons?.map((t) => t.nummer)).toEqual([
      '+32470123456',
      '+3234801234',
    ])
  })

  it('refuses a website without http(s)', async () => {
    expectFieldError(
      await rest('POST', '/organisaties', {
        token: admin,
        body: organisatie({ websites: [{ url: 'www.voorbeeld.be' }] }),
      }),
      'websites.0.url',
      /https/,
    )
  })

  it('refuses an invalid e-mail address', async () => {
    expectFieldError(
      await rest('POST', '/organisaties', {
        token: admin,
        body: organisatie({ emails: [{ adres: 'geen-adres' }] }),
      }),
      'emails.0.adres',
    )
  })

  it('refuses an organisatie without an address', async () => {
    expectFieldError(
      await rest('POST', '/organisaties', { token: admin, body: { naam: 'Zonder adres' } }),
      'adressen',
    )
  })

  it('keeps what was saved when an update is refused', async () => {
    const org = await makeFactories(world).organisatie('antwerpen')
    const response = await rest('PATCH', `/organisaties/${org.id}`, {
      token: admin,
      body: { naam: 'Nieuwe naam', kboNummer: '123' },
    })
    expect(response.status).toBe(400)
    const stored = await world.payload.findByID({
      collection: 'organisaties',
      id: org.id,
      depth: 0,
    })
    expect(stored.naam).toBe(org.naam)
    expect(stored.kboNummer).toBeNull()
  })
})

describe('aanbod refuses bad input with a 400 naming the field', () => {
  const aanbod = (overrides: Record<string, unknown>) => ({
    naam: 'Onthaal',
    rubrieken: [world.rubriek],
    ...overrides,
  })
  let parent: number
  beforeAll(async () => {
    parent = (await makeFactories(world).organisatie('antwerpen')).id
  })

  it('refuses aanbod without an organisatie or praktijk', async () => {
    expectFieldError(
      await rest('POST', '/aanbod', { token: admin, body: aanbod({}) }),
      'organisatie',
      /organisatie of de praktijk/,
    )
  })

  it('refuses aanbod with both an organisatie and a praktijk', async () => {
    const praktijk = (await makeFactories(world).praktijk('antwerpen')).id
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, praktijk }),
      }),
      'organisatie',
      /niet beide/,
    )
  })

  it('refuses aanbod whose organisatie does not exist', async () => {
    const response = await rest<ValidationAnswer>('POST', '/aanbod', {
      token: admin,
      body: aanbod({ organisatie: 987654 }),
    })
    expectFieldError(response, 'organisatie')
  })

  it('refuses aanbod without a rubriek', async () => {
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: { naam: 'Zonder rubriek', organisatie: parent },
      }),
      'rubrieken',
    )
  })

  it('refuses overlapping opening hours on the same day', async () => {
    const weekschema = [
      { dag: 'ma', opent: '09:00', sluit: '12:00' },
      { dag: 'ma', opent: '11:00', sluit: '14:00' },
    ]
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, openingsuren: { weekschema } }),
      }),
      'openingsuren.weekschema',
      /Rij 2|overlap/i,
    )
  })

  it('refuses a closing time before the opening time unless it runs past midnight', async () => {
    const weekschema = [{ dag: 'vr', opent: '22:00', sluit: '02:00' }]
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, openingsuren: { weekschema } }),
      }),
      'openingsuren.weekschema',
      /middernacht/,
    )
    const night = [{ dag: 'vr', opent: '22:00', sluit: '02:00', naMiddernacht: true }]
    const accepted = await rest('POST', '/aanbod', {
      token: admin,
      body: aanbod({ organisatie: parent, openingsuren: { weekschema: night } }),
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)
  })

  it('refuses a night slot that runs into the next morning’s slot', async () => {
    const weekschema = [
      { dag: 'zo', opent: '22:00', sluit: '08:00', naMiddernacht: true },
      { dag: 'ma', opent: '07:00', sluit: '12:00' },
    ]
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, openingsuren: { weekschema } }),
      }),
      'openingsuren.weekschema',
    )
  })

  it('refuses a time that is not HH:MM', async () => {
    const weekschema = [{ dag: 'di', opent: '9u', sluit: '17:00' }]
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, openingsuren: { weekschema } }),
      }),
      'openingsuren.weekschema.0.opent',
      /UU:MM/,
    )
  })

  it('refuses an exception without a date in the right format', async () => {
    const uitzonderingen = [{ datum: '25/12/2026', gesloten: true }]
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, openingsuren: { uitzonderingen } }),
      }),
      'openingsuren.uitzonderingen.0.datum',
    )
  })

  it('refuses a recognition that ends before it starts', async () => {
    const erkenningen = [
      { overheid: 'Agentschap Zorg en Gezondheid', van: '2024-01-01', tot: '2023-01-01' },
    ]
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, erkenningen }),
      }),
      'erkenningen.0.tot',
      /einddatum/,
    )
  })

  it('refuses a municipality outside Flanders and Brussels in the werkingsgebied', async () => {
    expectFieldError(
      await rest('POST', '/aanbod', {
        token: admin,
        body: aanbod({ organisatie: parent, werkingsgebied: ['62063'] }),
      }),
      'werkingsgebied',
    )
  })
})

describe('zorgverleners: RIZIV numbers', () => {
  it('refuses a RIZIV number of the wrong length', async () => {
    expectFieldError(
      await rest('POST', '/zorgverleners', {
        token: admin,
        body: { ...zorgverlenerData('antwerpen'), rizivNummer: '1234' },
      }),
      'rizivNummer',
    )
  })

  it('accepts a RIZIV number with a failed check digit, with a warning for the editor', async () => {
    const response = await rest<DocAnswer<Zorgverlener>>('POST', '/zorgverleners', {
      token: admin,
      body: { ...zorgverlenerData('antwerpen'), rizivNummer: '1-00000-00-003' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.rizivNummer).toBe('10000000003')
    expect(response.body.doc.rizivWaarschuwing).toMatch(/controle/i)
  })

  it('refuses a zorgverlener without a profession', async () => {
    expectFieldError(
      await rest('POST', '/zorgverleners', {
        token: admin,
        body: { ...zorgverlenerData('antwerpen'), beroepen: [] },
      }),
      'beroepen',
    )
  })
})

describe('structure and users', () => {
  it('refuses a rubriek code that is not groups of two digits', async () => {
    expectFieldError(
      await rest('POST', '/rubrieken', { token: admin, body: { code: '14.4', naam: 'Fout' } }),
      'code',
      /twee cijfers/,
    )
  })

  it('refuses a second rubriek with the same code', async () => {
    await rest('POST', '/rubrieken', { token: admin, body: { code: '77', naam: 'Eerste' } })
    expectFieldError(
      await rest('POST', '/rubrieken', { token: admin, body: { code: '77', naam: 'Tweede' } }),
      'code',
    )
  })

  it('refuses a registration with an invalid e-mail address', async () => {
    expectFieldError(
      await rest('POST', '/users', { body: { email: 'geen-mail', password: 'x12345678' } }),
      'email',
    )
  })

  it('refuses a praktijk with a KBO number that fails the check', async () => {
    expectFieldError(
      await rest('POST', '/praktijken', {
        token: admin,
        body: { ...praktijkData('antwerpen'), kboNummer: '0431150351' },
      }),
      'kboNummer',
    )
  })
})

describe('regios', () => {
  it('refuses a municipality that already belongs to another region', async () => {
    const response = await rest<ValidationAnswer>('POST', '/regios', {
      token: admin,
      body: { naam: 'Dubbel', code: 'dubbel', gemeenten: ['11002'] },
    })
    expectFieldError(response, 'gemeenten', /andere regio/)
  })
})
