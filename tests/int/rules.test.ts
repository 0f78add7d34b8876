import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { firstUserIsAdmin } from '@collections/Users/hooks/firstUserIsAdmin'
import type { Fichebeheer, Organisatie, Praktijk, User, Zorgverlener } from '@/payload-types'

import { errorsOf, type DocAnswer, type ListAnswer } from './helpers/answers'
import { makeFactories, praktijkData, zorgverlenerData } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { login, rest } from './helpers/rest'
import { buildWorld, createUser, PASSWORD, type World } from './helpers/world'

let world: World
let f: ReturnType<typeof makeFactories>
const token = (role: keyof World['actors']) => world.actors[role].token!

beforeAll(async () => {
  world = await buildWorld(await testPayload(), 'regels')
  f = makeFactories(world)
}, 120_000)

describe('authentic-source fields', () => {
  it('a fichebeheerder cannot change the KBO number or official name of the organisatie it manages, but can change the rest', async () => {
    const org = await world.payload.update({
      collection: 'organisaties',
      id: (await f.organisatie('antwerpen', { beheerder: world.actors.fichebeheerder.id! })).id,
      data: { kboNummer: '0884303369', officieleNaam: 'VZW Officieel' },
      context: { systemWrite: true },
    })
    const response = await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('fichebeheerder'),
      body: {
        kboNummer: '0566988259',
        officieleNaam: 'Andere naam',
        naam: 'Roepnaam',
        bronnen: [],
      },
    })
    expect(response.status).toBe(200)
    const stored = await world.payload.findByID({
      collection: 'organisaties',
      id: org.id,
      depth: 0,
    })
    expect(stored).toMatchObject({
      kboNummer: '0884303369',
      officieleNaam: 'VZW Officieel',
      naam: 'Roepnaam',
    })
  })

  it('a regiobeheerder can correct the KBO number of a fiche in its region', async () => {
    const org = await f.organisatie('antwerpen')
    const response = await rest<DocAnswer<Organisatie>>('PATCH', `/organisaties/${org.id}`, {
      token: token('regiobeheerder'),
      body: { kboNummer: '0566988259' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.kboNummer).toBe('0566988259')
  })

  it('a zorgverlener edits its own fiche but not its name, professions or RIZIV number', async () => {
    const email = `zv.eigen.${Date.now()}@test.be`
    const user = await createUser(world.payload, email, ['zorgverlener'])
    const fiche = await world.payload.create({
      collection: 'zorgverleners',
      data: { ...zorgverlenerData('antwerpen'), rizivNummer: '10000000003', account: user.id },
      context: { systemWrite: true },
    })
    const response = await rest('PATCH', `/zorgverleners/${fiche.id}`, {
      token: await login(email, PASSWORD),
      body: {
        voornaam: 'Ander',
        beroepen: ['tandarts'],
        rizivNummer: '30000000003',
        telefoons: [{ nummer: '0470 11 22 33' }],
      },
    })
    expect(response.status).toBe(200)
    const stored = await world.payload.findByID({
      collection: 'zorgverleners',
      id: fiche.id,
      depth: 0,
    })
    expect(stored).toMatchObject({
      voornaam: 'Test',
      beroepen: ['huisarts'],
      rizivNummer: '10000000003',
    })
    expect(stored.telefoons?.[0]?.nummer).toBe('+32470112233')
  })

  it('a fichebeheerder cannot stop or activate the fiche it manages', async () => {
    const org = await f.organisatie('antwerpen', { beheerder: world.actors.fichebeheerder.id! })
    await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('fichebeheerder'),
      body: { status: 'stopgezet' },
    })
    expect(
      (await world.payload.findByID({ collection: 'organisaties', id: org.id, depth: 0 })).status,
    ).toBe('actief')
  })
})

describe('roles', () => {
  it('a new registration is a burger, whatever roles it asks for', async () => {
    const response = await rest<DocAnswer<User>>('POST', '/users', {
      body: { email: `slim.${Date.now()}@test.be`, password: PASSWORD, roles: ['admin'] },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.roles).toEqual(['burger'])
  })

  it('a user cannot give itself a role or a region', async () => {
    const response = await rest('PATCH', `/users/${world.actors.burger.id}`, {
      token: token('burger'),
      body: { roles: ['admin'], regios: [world.regios.antwerpen], naam: 'Burger Jan' },
    })
    expect(response.status).toBe(200)
    const stored = await world.payload.findByID({
      collection: 'users',
      id: world.actors.burger.id!,
      depth: 0,
    })
    expect(stored.roles).toEqual(['burger'])
    expect(stored.regios ?? []).toEqual([])
    expect(stored.naam).toBe('Burger Jan')
  })

  it('an admin makes someone regiobeheerder of a region, and from then on it manages that region', async () => {
    const email = `nieuw.regio.${Date.now()}@test.be`
    const user = await createUser(world.payload, email, ['burger'])
    const org = await f.organisatie('oost-vlaanderen')
    const before = await rest('PATCH', `/organisaties/${org.id}`, {
      token: await login(email, PASSWORD),
      body: { naam: 'Eerst' },
    })
    expect(before.status).toBe(403)
    const promote = await rest('PATCH', `/users/${user.id}`, {
      token: token('admin'),
      body: { roles: ['regiobeheerder'], regios: [world.regios.oostVlaanderen] },
    })
    expect(promote.status).toBe(200)
    const after = await rest('PATCH', `/organisaties/${org.id}`, {
      token: await login(email, PASSWORD),
      body: { naam: 'Daarna' },
    })
    expect(after.status).toBe(200)
  })

  it('the first account of an empty platform becomes admin', async () => {
    const req = await createLocalReq({}, world.payload)
    const args = {
      collection: world.payload.collections.users.config,
      context: {},
      operation: 'create' as const,
      req,
    }
    // An empty platform, as the hook counts it.
    const count = vi.spyOn(world.payload, 'count').mockResolvedValueOnce({ totalDocs: 0 })
    const data: Partial<User> = { roles: ['burger'] }
    await firstUserIsAdmin({ ...args, data })
    count.mockRestore()
    expect(data.roles).toEqual(['admin'])
    // This platform already has its accounts.
    const later: Partial<User> = { roles: ['burger'] }
    await firstUserIsAdmin({ ...args, data: later })
    expect(later.roles).toEqual(['burger'])
  })
})

describe('fichebeheer: asking to manage a fiche', () => {
  it('a burger asks, the regiobeheerder of the region approves, and the burger can then edit the fiche and its aanbod', async () => {
    const email = `aanvrager.${Date.now()}@test.be`
    await createUser(world.payload, email, ['burger'])
    const burger = await login(email, PASSWORD)
    const org = await f.organisatie('antwerpen')
    const aanbod = await f.aanbod({ organisatie: org.id })

    const request = await rest<DocAnswer<Fichebeheer>>('POST', '/fichebeheer', {
      token: burger,
      body: { organisatie: org.id, status: 'goedgekeurd', motivatie: 'Ik ben de directeur.' },
    })
    expect(request.status, JSON.stringify(request.body)).toBe(201)
    expect(request.body.doc.status).toBe('aangevraagd')
    expect([403, 404]).toContain(
      (
        await rest('PATCH', `/organisaties/${org.id}`, {
          token: burger,
          body: { naam: 'Te vroeg' },
        })
      ).status,
    )

    const wrongRegion = await rest('PATCH', `/fichebeheer/${request.body.doc.id}`, {
      token: token('regiobeheerderAndereRegio'),
      body: { status: 'goedgekeurd' },
    })
    expect([403, 404]).toContain(wrongRegion.status)

    const decision = await rest<DocAnswer<Fichebeheer>>(
      'PATCH',
      `/fichebeheer/${request.body.doc.id}`,
      {
        token: token('regiobeheerder'),
        body: { status: 'goedgekeurd', beslissing: 'Bevestigd via telefoon.' },
      },
    )
    expect(decision.status).toBe(200)
    expect(decision.body.doc.beslistDoor).toContain(world.actors.regiobeheerder.email)
    expect(Date.now() - Date.parse(decision.body.doc.beslistOp ?? '')).toBeLessThan(60_000)

    expect(
      (await rest('PATCH', `/organisaties/${org.id}`, { token: burger, body: { naam: 'Nu wel' } }))
        .status,
    ).toBe(200)
    expect(
      (
        await rest('PATCH', `/aanbod/${aanbod.id}`, {
          token: burger,
          body: { naam: 'Aanbod aangepast' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await rest('POST', '/aanbod', {
          token: burger,
          body: { naam: 'Nieuw aanbod', organisatie: org.id, rubrieken: [world.rubriek] },
        })
      ).status,
    ).toBe(201)
    expect((await rest('DELETE', `/organisaties/${org.id}`, { token: burger })).status).toBe(403)

    const withdrawn = await rest('PATCH', `/fichebeheer/${request.body.doc.id}`, {
      token: token('regiobeheerder'),
      body: { status: 'ingetrokken' },
    })
    expect(withdrawn.status).toBe(200)
    expect([403, 404]).toContain(
      (
        await rest('PATCH', `/organisaties/${org.id}`, {
          token: burger,
          body: { naam: 'Niet meer' },
        })
      ).status,
    )
  })

  it('refuses a second open request for the same fiche', async () => {
    const org = await f.organisatie('antwerpen')
    const first = await rest('POST', '/fichebeheer', {
      token: token('burger'),
      body: { organisatie: org.id },
    })
    expect(first.status).toBe(201)
    const second = await rest('POST', '/fichebeheer', {
      token: token('burger'),
      body: { organisatie: org.id },
    })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.body)).toContain('al een aanvraag')
  })

  it('a burger cannot ask on behalf of someone else', async () => {
    const org = await f.organisatie('antwerpen')
    const response = await rest<DocAnswer<Fichebeheer>>('POST', '/fichebeheer', {
      token: token('burger'),
      body: { organisatie: org.id, gebruiker: world.actors.redacteur.id },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.gebruiker).toMatchObject({ id: world.actors.burger.id })
  })
})

describe('regions follow the address', () => {
  it('a regiobeheerder cannot create a fiche outside its region', async () => {
    const response = await rest('POST', '/praktijken', {
      token: token('regiobeheerder'),
      body: praktijkData('oost-vlaanderen'),
    })
    expect(response.status).toBe(403)
    expect(errorsOf(response)[0].message).toMatch(/buiten uw regio/)
  })

  it('a regiobeheerder cannot move a fiche out of its region', async () => {
    const org = await f.organisatie('antwerpen')
    const response = await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('regiobeheerder'),
      body: { adressen: [{ straat: 'Veldstraat', huisnummer: '1', postcode: '9000' }] },
    })
    expect(response.status).toBe(403)
    const stored = await world.payload.findByID({
      collection: 'organisaties',
      id: org.id,
      depth: 0,
    })
    expect(stored.adressen?.[0]?.postcode).toBe('2000')
  })

  it('when a managed organisatie moves to Gent, its aanbod moves to Oost-Vlaanderen with it', async () => {
    const org = await f.organisatie('antwerpen', { beheerder: world.actors.fichebeheerder.id! })
    const aanbod = await f.aanbod({ organisatie: org.id })
    const response = await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('fichebeheerder'),
      body: { adressen: [{ straat: 'Kouter', huisnummer: '1', postcode: '9000' }] },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const moved = await world.payload.findByID({ collection: 'aanbod', id: aanbod.id, depth: 0 })
    expect(moved.regio).toBe(world.regios.oostVlaanderen)
  })
})

describe('stopping a fiche', () => {
  it('stopping an organisatie stops its aanbod, which visitors then no longer find', async () => {
    const org = await f.organisatie('antwerpen')
    const aanbod = await f.aanbod({ organisatie: org.id })
    expect((await rest('GET', `/aanbod/${aanbod.id}`)).status).toBe(200)
    const response = await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('regiobeheerder'),
      body: { status: 'stopgezet' },
    })
    expect(response.status).toBe(200)
    expect((await rest('GET', `/organisaties/${org.id}`)).status).toBe(404)
    expect((await rest('GET', `/aanbod/${aanbod.id}`)).status).toBe(404)
    const list = await rest<ListAnswer>('GET', '/aanbod', {
      query: `where[organisatie][equals]=${org.id}`,
    })
    expect(list.body.totalDocs).toBe(0)
  })
})

describe('zorgverlener self-service', () => {
  it('a zorgverlener without a fiche creates its own, linked to its account and pending review', async () => {
    const email = `zv.nieuw.${Date.now()}@test.be`
    const user = await createUser(world.payload, email, ['zorgverlener'])
    const zv = await login(email, PASSWORD)
    const response = await rest<DocAnswer<Zorgverlener>>('POST', '/zorgverleners', {
      token: zv,
      body: { ...zorgverlenerData('antwerpen'), status: 'actief', account: world.actors.admin.id },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('in_aanvraag')
    expect(response.body.doc.account).toMatchObject({ id: user.id })
    expect((await rest('GET', `/zorgverleners/${response.body.doc.id}`)).status).toBe(404)
    expect(
      (await rest('GET', `/zorgverleners/${response.body.doc.id}`, { token: zv })).status,
    ).toBe(200)
  })

  it('a zorgverlener registers its praktijk, which waits for review and which it manages', async () => {
    const email = `zv.praktijk.${Date.now()}@test.be`
    await createUser(world.payload, email, ['zorgverlener'])
    const zv = await login(email, PASSWORD)
    const response = await rest<DocAnswer<Praktijk>>('POST', '/praktijken', {
      token: zv,
      body: { ...praktijkData('antwerpen'), status: 'actief' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('in_aanvraag')
    expect((await rest('GET', `/praktijken/${response.body.doc.id}`)).status).toBe(404)
    expect(
      (
        await rest('PATCH', `/praktijken/${response.body.doc.id}`, {
          token: zv,
          body: { naam: 'Groepspraktijk De Linde' },
        })
      ).status,
    ).toBe(200)
  })
})

describe('history', () => {
  it('every change of a fiche is kept as a version that says who made it', async () => {
    const org = await f.organisatie('antwerpen')
    await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('regiobeheerder'),
      body: { naam: 'Versie twee' },
    })
    await rest('PATCH', `/organisaties/${org.id}`, {
      token: token('admin'),
      body: { naam: 'Versie drie' },
    })
    const versions = await world.payload.findVersions({
      collection: 'organisaties',
      where: { parent: { equals: org.id } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(versions.totalDocs).toBe(3)
    expect(versions.docs.map((v) => v.version.naam)).toEqual([
      'Versie drie',
      'Versie twee',
      org.naam,
    ])
    expect(versions.docs[1].version.laatstGewijzigdDoor).toContain(
      world.actors.regiobeheerder.email,
    )
    const latest = await rest<Organisatie>('GET', `/organisaties/${org.id}`, { query: 'depth=0' })
    expect(latest.body.laatstGewijzigdDoor).toContain(world.actors.admin.email)
  })

  it('users see only themselves through the API', async () => {
    const list = await rest<ListAnswer>('GET', '/users', { token: token('regiobeheerder') })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u) => u.id)).toEqual([world.actors.regiobeheerder.id])
    expect((await rest('GET', '/users')).status).toBe(403)
  })
})

describe('deleting what others point at', () => {
  it('refuses to delete an organisatie that still has aanbod, and says so', async () => {
    const org = await f.organisatie('antwerpen')
    const aanbod = await f.aanbod({ organisatie: org.id })
    const refused = await rest('DELETE', `/organisaties/${org.id}`, {
      token: token('regiobeheerder'),
    })
    expect(refused.status).toBe(409)
    expect(errorsOf(refused)[0].message).toMatch(/1 aanbodfiche/)
    await world.payload.delete({ collection: 'aanbod', id: aanbod.id })
    expect(
      (await rest('DELETE', `/organisaties/${org.id}`, { token: token('regiobeheerder') })).status,
    ).toBe(200)
  })

  it('removes the management relations of a deleted organisatie', async () => {
    const org = await f.organisatie('antwerpen', { beheerder: world.actors.fichebeheerder.id! })
    expect(
      (await rest('DELETE', `/organisaties/${org.id}`, { token: token('admin') })).status,
    ).toBe(200)
    const left = await world.payload.count({
      collection: 'fichebeheer',
      where: { organisatie: { equals: org.id } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('refuses to delete a rubriek that aanbod uses', async () => {
    const response = await rest('DELETE', `/rubrieken/${world.rubriek}`, { token: token('admin') })
    expect(response.status).toBe(409)
  })

  it('refuses to delete a region that still has fiches', async () => {
    await f.organisatie('antwerpen')
    expect(
      (await rest('DELETE', `/regios/${world.regios.antwerpen}`, { token: token('admin') })).status,
    ).toBe(409)
  })
})
