import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  MAX_LIJSTEN,
  MAX_FICHES_PER_LIJST,
  MAX_ZOEKOPDRACHTEN,
  NAME_MAX,
} from '@/domain/favorieten/limits'
import { sharedLijst, sharedZoekopdracht } from '@/favorieten/sharing'
import { newShareToken } from '@/favorieten/share-token'
import { lijstContent } from '@/favorieten/lijst-content'
import { poolOf } from '@/search/engine'
import type { Lijst } from '@/payload-types'

import { postForm, postJson } from './helpers/account-forms'
import { errorsOf, type DocAnswer, type GraphqlAnswer, type ListAnswer } from './helpers/answers'
import { makeFactories } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { login, rest } from './helpers/rest'
import { buildWorld, createUser, PASSWORD, type RoleKey, type World } from './helpers/world'

let payload: Payload
let world: World
let f: ReturnType<typeof makeFactories>
let organisatie: number
let aanbod: number
let lijstId: number
let zoekopdrachtId: number
let andereBurger: { id: number; token: string }

const token = (key: RoleKey) => world.actors[key].token
const cookie = (tok?: string) => (tok ? `payload-token=${tok}` : undefined)
const deeltokenVan = async (tabel: 'lijsten' | 'zoekopdrachten', id: number) =>
  (
    await poolOf(payload).query<{ deeltoken: string | null }>(
      `SELECT deeltoken FROM ${tabel} WHERE id = $1`,
      [id],
    )
  ).rows[0]?.deeltoken ?? null

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload, 'favorieten')
  f = makeFactories(world)
  organisatie = (await f.organisatie('antwerpen')).id
  aanbod = (await f.aanbod({ organisatie })).id
  const ander = await createUser(payload, 'andere.burger.favorieten@test.be', ['burger'])
  andereBurger = { id: ander.id, token: await login('andere.burger.favorieten@test.be', PASSWORD) }

  const lijst = await rest<DocAnswer>('POST', '/lijsten', {
    token: token('burger'),
    body: { naam: 'Voor mama', fiches: [{ ficheSoort: 'organisatie', ficheId: organisatie }] },
  })
  expect(lijst.status).toBe(201)
  lijstId = lijst.body.doc.id
  const zoekopdracht = await rest<DocAnswer>('POST', '/zoekopdrachten', {
    token: token('burger'),
    body: { naam: 'Huisartsen in Gent', zoekopdracht: '/zoeken?waar=Gent&q=huisarts&pagina=3' },
  })
  expect(zoekopdracht.status).toBe(201)
  zoekopdrachtId = zoekopdracht.body.doc.id
}, 240_000)

describe('a saved search and a favourites list belong to their owner', () => {
  it('the owner reads them; the search is stored as the clean URL state of /zoeken, without the page', async () => {
    const z = await rest('GET', `/zoekopdrachten/${zoekopdrachtId}`, { token: token('burger') })
    expect(z.status).toBe(200)
    expect(z.body).toMatchObject({
      naam: 'Huisartsen in Gent',
      zoekopdracht: 'q=huisarts&waar=Gent',
    })
    const l = await rest<Lijst>('GET', `/lijsten/${lijstId}`, { token: token('burger') })
    expect(l.body.fiches?.map((r) => r.ficheId)).toEqual([organisatie])
  })

  const anderen = [
    'admin',
    'regiobeheerder',
    'fichebeheerder',
    'zorgverlener',
    'redacteur',
    'visitor',
    'andere burger',
  ] as const
  for (const wie of anderen) {
    it(`${wie === 'visitor' ? 'a visitor' : `the ${wie}`} cannot list, read, change or delete them through REST, also with the guessed id`, async () => {
      const tok = wie === 'andere burger' ? andereBurger.token : token(wie)
      for (const [collection, id] of [
        ['lijsten', lijstId],
        ['zoekopdrachten', zoekopdrachtId],
      ] as const) {
        const lijst = await rest<ListAnswer>('GET', `/${collection}`, {
          token: tok,
          query: `where[eigenaar][equals]=${world.actors.burger.id}`,
        })
        expect(lijst.status === 200 ? lijst.body.docs : []).toEqual([])
        const alles = await rest<ListAnswer>('GET', `/${collection}`, {
          token: tok,
          query: 'limit=100',
        })
        expect(alles.status === 200 ? alles.body.docs.filter((d) => d.id === id) : []).toEqual([])
        expect([403, 404]).toContain(
          (await rest('GET', `/${collection}/${id}`, { token: tok })).status,
        )
        expect([403, 404]).toContain(
          (
            await rest('PATCH', `/${collection}/${id}`, {
              token: tok,
              body: { naam: 'overgenomen' },
            })
          ).status,
        )
        expect([403, 404]).toContain(
          (await rest('DELETE', `/${collection}/${id}`, { token: tok })).status,
        )
      }
      const l = await payload.findByID({ collection: 'lijsten', id: lijstId, depth: 0 })
      expect(l.naam).toBe('Voor mama')
    })
  }

  it('the admin cannot read them through GraphQL either', async () => {
    const response = await rest<GraphqlAnswer>('POST', '/graphql', {
      token: token('admin'),
      body: {
        query:
          '{ Lijsten { docs { id naam deeltoken } } Zoekopdrachten { docs { id naam zoekopdracht deeltoken } } }',
      },
    })
    expect(JSON.stringify(response.body)).not.toContain('Voor mama')
    expect(JSON.stringify(response.body)).not.toContain('huisarts')
    expect(response.body.data?.Lijsten?.docs ?? []).toEqual([])
    expect(response.body.data?.Zoekopdrachten?.docs ?? []).toEqual([])
    const byId = await rest('POST', '/graphql', {
      token: token('admin'),
      body: { query: `{ Lijst(id: ${lijstId}) { naam } }` },
    })
    expect(JSON.stringify(byId.body)).not.toContain('Voor mama')
  })

  it('through the account forms, another user gets "not found" for every action on them, and nothing changes', async () => {
    for (const tok of [andereBurger.token, token('admin')]) {
      for (const [actie, velden] of [
        ['lijst-hernoemen', { id: lijstId, naam: 'gekaapt' }],
        ['lijst-delen', { id: lijstId }],
        ['lijst-verwijderen', { id: lijstId }],
        ['lijst-fiche-toevoegen', { lijst: lijstId, ficheSoort: 'aanbod', ficheId: aanbod }],
        [
          'lijst-fiche-weghalen',
          { lijst: lijstId, ficheSoort: 'organisatie', ficheId: organisatie },
        ],
        ['zoekopdracht-hernoemen', { id: zoekopdrachtId, naam: 'gekaapt' }],
        ['zoekopdracht-delen', { id: zoekopdrachtId }],
        ['zoekopdracht-verwijderen', { id: zoekopdrachtId }],
      ] as const) {
        const answer = await postJson(actie, velden, cookie(tok))
        expect(answer.status, actie).toBe(404)
      }
    }
    const l = await payload.findByID({ collection: 'lijsten', id: lijstId, depth: 0 })
    expect(l).toMatchObject({ naam: 'Voor mama', deeltoken: null })
    expect(l.fiches?.map((r) => r.ficheId)).toEqual([organisatie])
    expect(
      (await payload.findByID({ collection: 'zoekopdrachten', id: zoekopdrachtId, depth: 0 }))
        .deeltoken,
    ).toBeNull()
  })

  it('a visitor can neither create them nor use the forms', async () => {
    expect((await rest('POST', '/lijsten', { body: { naam: 'x' } })).status).toBe(403)
    expect(
      (await rest('POST', '/zoekopdrachten', { body: { naam: 'x', zoekopdracht: 'q=x' } })).status,
    ).toBe(403)
    expect((await postJson('lijst-maken', { naam: 'x' })).status).toBe(401)
    expect(
      (await postJson('zoekopdracht-bewaren', { naam: 'x', zoekopdracht: 'q=x' })).status,
    ).toBe(401)
  })

  it('nobody can set a share token through the API, not even the owner', async () => {
    const gezet = await rest('PATCH', `/lijsten/${lijstId}`, {
      token: token('burger'),
      body: { deeltoken: 'A'.repeat(43) },
    })
    expect(gezet.status).toBe(200)
    expect(await deeltokenVan('lijsten', lijstId)).toBeNull()
  })
})

describe('the owner manages them through the account forms', () => {
  it('renames, adds and removes fiches, each fiche once', async () => {
    const c = cookie(token('burger'))
    expect(
      (await postJson('lijst-hernoemen', { id: lijstId, naam: '  Voor   mama en papa ' }, c))
        .status,
    ).toBe(200)
    expect(
      (
        await postJson(
          'lijst-fiche-toevoegen',
          { lijst: lijstId, ficheSoort: 'aanbod', ficheId: String(aanbod) },
          c,
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await postJson(
          'lijst-fiche-toevoegen',
          { lijst: lijstId, ficheSoort: 'aanbod', ficheId: String(aanbod) },
          c,
        )
      ).status,
    ).toBe(200)
    let l = await payload.findByID({ collection: 'lijsten', id: lijstId, depth: 0 })
    expect(l.naam).toBe('Voor mama en papa')
    expect(l.fiches?.map((r) => `${r.ficheSoort}:${r.ficheId}`)).toEqual([
      `organisatie:${organisatie}`,
      `aanbod:${aanbod}`,
    ])
    expect(
      (
        await postJson(
          'lijst-fiche-weghalen',
          { lijst: lijstId, ficheSoort: 'organisatie', ficheId: organisatie },
          c,
        )
      ).status,
    ).toBe(200)
    l = await payload.findByID({ collection: 'lijsten', id: lijstId, depth: 0 })
    expect(l.fiches?.map((r) => `${r.ficheSoort}:${r.ficheId}`)).toEqual([`aanbod:${aanbod}`])
  })

  it('a plain form (no JavaScript) gets a 303 back to the page, with the message', async () => {
    const ok = await postForm(
      'zoekopdracht-hernoemen',
      { id: String(zoekopdrachtId), naam: 'Dokters in Gent' },
      { cookie: cookie(token('burger')) },
    )
    expect(ok.status).toBe(303)
    expect(ok.location).toContain('/account?melding=zoekopdracht-hernoemd')
    const fout = await postForm(
      'zoekopdracht-bewaren',
      { naam: '', zoekopdracht: 'q=kine' },
      { cookie: cookie(token('burger')) },
    )
    expect(fout.status).toBe(303)
    expect(fout.location).toContain('/account/zoekopdracht-bewaren?zoekopdracht=q%3Dkine')
    expect(fout.location).toContain('fouten=')
  })
})

describe('bad input gets a 400 naming the field', () => {
  const c = () => cookie(token('burger'))
  it('names', async () => {
    for (const naam of ['', '   ', 'x'.repeat(NAME_MAX + 1)]) {
      const viaRest = await rest('POST', '/lijsten', { token: token('burger'), body: { naam } })
      expect(viaRest.status).toBe(400)
      expect(JSON.stringify(viaRest.body)).toContain('naam')
      const viaForm = await postJson('lijst-maken', { naam }, c())
      expect(viaForm.status).toBe(400)
      expect(errorsOf(viaForm)[0].field).toBe('naam')
      expect(
        (
          await rest('PATCH', `/zoekopdrachten/${zoekopdrachtId}`, {
            token: token('burger'),
            body: { naam },
          })
        ).status,
      ).toBe(400)
    }
  })

  it('a search the search page itself would refuse', async () => {
    for (const zoekopdracht of [
      'afstand=500',
      'type=kapper',
      'waar=Parijs',
      'q=' + 'x'.repeat(2100),
      5,
    ]) {
      const viaForm = await postJson('zoekopdracht-bewaren', { naam: 'Fout', zoekopdracht }, c())
      expect(viaForm.status, String(zoekopdracht)).toBe(400)
      expect(errorsOf(viaForm)[0].field).toBe('zoekopdracht')
    }
    const viaRest = await rest('POST', '/zoekopdrachten', {
      token: token('burger'),
      body: { naam: 'Fout', zoekopdracht: 'sort=willekeurig' },
    })
    expect(viaRest.status).toBe(400)
    expect(JSON.stringify(viaRest.body)).toContain('zoekopdracht')
  })

  it('fiches that do not exist, unknown kinds and ids that are not numbers', async () => {
    const onbekend = await postJson(
      'lijst-fiche-toevoegen',
      { lijst: lijstId, ficheSoort: 'organisatie', ficheId: 99_999_999 },
      c(),
    )
    expect(onbekend.status).toBe(400)
    expect(errorsOf(onbekend)[0].field).toBe('ficheId')
    const soort = await postJson(
      'lijst-fiche-toevoegen',
      { lijst: lijstId, ficheSoort: 'kapsalon', ficheId: aanbod },
      c(),
    )
    expect(soort.status).toBe(400)
    expect(errorsOf(soort)[0].field).toBe('ficheSoort')
    const lijst = await postJson(
      'lijst-fiche-toevoegen',
      { lijst: 'abc', ficheSoort: 'aanbod', ficheId: aanbod },
      c(),
    )
    expect(lijst.status).toBe(400)
    expect(errorsOf(lijst)[0].field).toBe('lijst')
    const viaRest = await rest('PATCH', `/lijsten/${lijstId}`, {
      token: token('burger'),
      body: { fiches: [{ ficheSoort: 'aanbod', ficheId: 99_999_999 }] },
    })
    expect(viaRest.status).toBe(400)
    expect(JSON.stringify(viaRest.body)).toContain('ficheId')
    const gestopt = (await f.organisatie('antwerpen', { status: 'stopgezet' })).id
    const stop = await postJson(
      'lijst-fiche-toevoegen',
      { lijst: lijstId, ficheSoort: 'organisatie', ficheId: gestopt },
      c(),
    )
    expect(stop.status).toBe(400)
  })
})

describe('limits', () => {
  it(`a user keeps at most ${MAX_LIJSTEN} lists`, async () => {
    await createUser(payload, 'veel.lijsten@test.be', ['burger'])
    const tok = await login('veel.lijsten@test.be', PASSWORD)
    for (let i = 0; i < MAX_LIJSTEN; i++)
      expect((await postJson('lijst-maken', { naam: `Lijst ${i}` }, cookie(tok))).status).toBe(200)
    const teveel = await postJson('lijst-maken', { naam: 'Eén te veel' }, cookie(tok))
    expect(teveel.status).toBe(400)
    expect(errorsOf(teveel)[0]).toMatchObject({
      field: 'naam',
      message: expect.stringContaining(`${MAX_LIJSTEN}`),
    })
    expect(
      (await rest('POST', '/lijsten', { token: tok, body: { naam: 'Via REST' } })).status,
    ).toBe(400)
  })

  it(`a user keeps at most ${MAX_ZOEKOPDRACHTEN} saved searches`, async () => {
    await createUser(payload, 'veel.zoekopdrachten@test.be', ['burger'])
    const tok = await login('veel.zoekopdrachten@test.be', PASSWORD)
    for (let i = 0; i < MAX_ZOEKOPDRACHTEN; i++)
      expect(
        (
          await rest('POST', '/zoekopdrachten', {
            token: tok,
            body: { naam: `Zoek ${i}`, zoekopdracht: `q=zoek${i}` },
          })
        ).status,
      ).toBe(201)
    const teveel = await postJson(
      'zoekopdracht-bewaren',
      { naam: 'Eén te veel', zoekopdracht: 'q=kine' },
      cookie(tok),
    )
    expect(teveel.status).toBe(400)
    expect(errorsOf(teveel)[0]).toMatchObject({
      field: 'naam',
      message: expect.stringContaining(`${MAX_ZOEKOPDRACHTEN}`),
    })
  })

  it(`a list holds at most ${MAX_FICHES_PER_LIJST} fiches`, async () => {
    const fiches = Array.from({ length: MAX_FICHES_PER_LIJST + 1 }, () => ({
      ficheSoort: 'aanbod',
      ficheId: aanbod,
    }))
    const response = await rest('PATCH', `/lijsten/${lijstId}`, {
      token: token('burger'),
      body: { fiches },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('fiches')
  })
})

describe('share links', () => {
  it('a shared list is found by its link only; sharing anew or revoking kills the old link', async () => {
    const c = cookie(token('burger'))
    expect(await sharedLijst(payload, newShareToken())).toBeNull()
    expect((await postJson('lijst-delen', { id: lijstId }, c)).status).toBe(200)
    const eerste = (await deeltokenVan('lijsten', lijstId))!
    expect(eerste).toMatch(/^[\w-]{43}$/)
    expect((await sharedLijst(payload, eerste))?.naam).toBe('Voor mama en papa')
    expect(await sharedLijst(payload, eerste.slice(0, 42))).toBeNull()
    expect(
      await sharedLijst(payload, `${eerste.slice(0, 42)}${eerste[42] === 'A' ? 'B' : 'A'}`),
    ).toBeNull()

    expect((await postJson('lijst-delen', { id: lijstId }, c)).status).toBe(200)
    const tweede = (await deeltokenVan('lijsten', lijstId))!
    expect(tweede).not.toBe(eerste)
    expect(await sharedLijst(payload, eerste)).toBeNull()
    expect(await sharedLijst(payload, tweede)).not.toBeNull()

    expect((await postJson('lijst-delen-stoppen', { id: lijstId }, c)).status).toBe(200)
    expect(await deeltokenVan('lijsten', lijstId)).toBeNull()
    expect(await sharedLijst(payload, tweede)).toBeNull()
  })

  it('a shared search likewise, and its token never reaches anyone else through the API', async () => {
    expect(
      (await postJson('zoekopdracht-delen', { id: zoekopdrachtId }, cookie(token('burger'))))
        .status,
    ).toBe(200)
    const deel = (await deeltokenVan('zoekopdrachten', zoekopdrachtId))!
    expect((await sharedZoekopdracht(payload, deel))?.zoekopdracht).toBe('q=huisarts&waar=Gent')
    const admin = await rest('GET', '/zoekopdrachten', {
      token: token('admin'),
      query: `where[deeltoken][equals]=${deel}`,
    })
    expect(JSON.stringify(admin.body)).not.toContain(deel)
    expect(
      (
        await postJson(
          'zoekopdracht-delen-stoppen',
          { id: zoekopdrachtId },
          cookie(token('burger')),
        )
      ).status,
    ).toBe(200)
    expect(await sharedZoekopdracht(payload, deel)).toBeNull()
  })

  it('a shared list shows current data: a renamed fiche by its new name, a stopped one marked, a deleted one as gone', async () => {
    const org = await f.organisatie('antwerpen')
    const stopt = await f.organisatie('antwerpen')
    const weg = await f.organisatie('antwerpen')
    const regels = [org, stopt, weg].map((d) => ({
      ficheSoort: 'organisatie' as const,
      ficheId: d.id,
    }))
    await payload.update({
      collection: 'organisaties',
      id: org.id,
      data: { naam: 'Nieuwe naam vzw' },
    })
    await payload.update({
      collection: 'organisaties',
      id: stopt.id,
      data: { status: 'stopgezet' },
    })
    await payload.delete({ collection: 'organisaties', id: weg.id })
    const items = await lijstContent(payload, regels)
    expect(items.map((i) => [i.stand, i.naam])).toEqual([
      ['actief', 'Nieuwe naam vzw'],
      ['stopgezet', stopt.naam],
      ['verdwenen', null],
    ])
    expect(items[0].url).toMatch(/^\/organisaties\/nieuwe-naam-vzw-\d+$/)
  })
})

describe('deleting the account', () => {
  it('deletes its lists (with their entries) and saved searches; their share links die with them', async () => {
    const user = await createUser(payload, 'weg.favorieten@test.be', ['burger'])
    const tok = await login('weg.favorieten@test.be', PASSWORD)
    const l = await rest<DocAnswer>('POST', '/lijsten', {
      token: tok,
      body: { naam: 'Weg', fiches: [{ ficheSoort: 'aanbod', ficheId: aanbod }] },
    })
    const z = await rest<DocAnswer>('POST', '/zoekopdrachten', {
      token: tok,
      body: { naam: 'Weg', zoekopdracht: 'q=kine' },
    })
    expect((await postJson('lijst-delen', { id: l.body.doc.id }, cookie(tok))).status).toBe(200)
    const deel = (await deeltokenVan('lijsten', l.body.doc.id))!
    await payload.delete({ collection: 'users', id: user.id })
    const pool = poolOf(payload)
    expect(
      (await pool.query('SELECT id FROM lijsten WHERE id = $1', [l.body.doc.id])).rows,
    ).toEqual([])
    expect(
      (await pool.query('SELECT id FROM lijsten_fiches WHERE _parent_id = $1', [l.body.doc.id]))
        .rows,
    ).toEqual([])
    expect(
      (await pool.query('SELECT id FROM zoekopdrachten WHERE id = $1', [z.body.doc.id])).rows,
    ).toEqual([])
    expect(await sharedLijst(payload, deel)).toBeNull()
  })
})
