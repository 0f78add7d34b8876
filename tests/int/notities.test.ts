import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { decodeErrors } from '@/accounts/flash'
import { poolOf } from '@/search/engine'
import { decrypt, encrypt } from '@/notities/encryption'
import type { Notitie } from '@/payload-types'

import { postForm, postJson } from './helpers/account-forms'
import { errorsOf, type DocAnswer, type GraphqlAnswer, type ListAnswer } from './helpers/answers'
import { makeFactories } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { buildWorld, createUser, PASSWORD, type RoleKey, type World } from './helpers/world'
import { login } from './helpers/rest'

let payload: Payload
let world: World
let ficheId: number
let notitieId: number
const GEHEIM = 'Mevrouw X. belt liever na 17 uur; dossier 2024-118.'

const token = (key: RoleKey) => world.actors[key].token

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload, 'notities')
  const f = makeFactories(world)
  ficheId = (await f.organisatie('antwerpen')).id
  const response = await rest<DocAnswer>('POST', '/notities', {
    token: token('burger'),
    body: { ficheSoort: 'organisatie', ficheId, tekst: GEHEIM },
  })
  expect(response.status).toBe(201)
  notitieId = response.body.doc.id
}, 240_000)

describe('a private note', () => {
  it('is returned as text to its owner, without the ciphertext', async () => {
    const response = await rest<Notitie>('GET', `/notities/${notitieId}`, {
      token: token('burger'),
    })
    expect(response.status).toBe(200)
    expect(response.body.tekst).toBe(GEHEIM)
    expect(response.body).not.toHaveProperty('versleuteld')
    const lijst = await rest<ListAnswer<Notitie>>('GET', '/notities', {
      token: token('burger'),
      query: `where[ficheId][equals]=${ficheId}`,
    })
    expect(lijst.body.docs.map((d) => d.tekst)).toEqual([GEHEIM])
  })

  it('is stored only as AES-256-GCM ciphertext: the text is nowhere in the database row', async () => {
    const { rows } = await poolOf(payload).query<Record<string, unknown>>(
      'SELECT * FROM notities WHERE id = $1',
      [notitieId],
    )
    const rij = JSON.stringify(rows[0])
    expect(rij).not.toContain('17 uur')
    expect(rij).not.toContain('2024-118')
    expect(String(rows[0].versleuteld)).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
  })

  for (const key of [
    'admin',
    'regiobeheerder',
    'fichebeheerder',
    'zorgverlener',
    'redacteur',
    'visitor',
  ] as const) {
    it(`is invisible and untouchable for ${key === 'visitor' ? 'a visitor' : `the ${key}`}, also with the guessed id`, async () => {
      const lijst = await rest<ListAnswer>('GET', '/notities', {
        token: token(key),
        query: `where[eigenaar][equals]=${world.actors.burger.id}`,
      })
      expect(lijst.status === 200 ? lijst.body.docs : []).toEqual([])
      expect([403, 404]).toContain(
        (await rest('GET', `/notities/${notitieId}`, { token: token(key) })).status,
      )
      expect([403, 404]).toContain(
        (
          await rest('PATCH', `/notities/${notitieId}`, {
            token: token(key),
            body: { tekst: 'overschreven' },
          })
        ).status,
      )
      expect([403, 404]).toContain(
        (await rest('DELETE', `/notities/${notitieId}`, { token: token(key) })).status,
      )
    })
  }

  it('is not readable through GraphQL by the admin either', async () => {
    const response = await rest<GraphqlAnswer>('POST', '/graphql', {
      token: token('admin'),
      body: { query: '{ Notities { docs { id tekst } } }' },
    })
    expect(JSON.stringify(response.body)).not.toContain('17 uur')
    expect(response.body.data?.Notities?.docs ?? []).toEqual([])
  })

  it('its owner can change it; the new text is stored encrypted again', async () => {
    const response = await rest<DocAnswer<Notitie>>('PATCH', `/notities/${notitieId}`, {
      token: token('burger'),
      body: { tekst: `${GEHEIM} Bijgewerkt.` },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.tekst).toBe(`${GEHEIM} Bijgewerkt.`)
    const { rows } = await poolOf(payload).query<{ versleuteld: string }>(
      'SELECT versleuteld FROM notities WHERE id = $1',
      [notitieId],
    )
    expect(
      decrypt(rows[0].versleuteld, {
        eigenaar: world.actors.burger.id!,
        ficheSoort: 'organisatie',
        ficheId,
      }),
    ).toBe(`${GEHEIM} Bijgewerkt.`)
  })

  it('a ciphertext copied onto another user’s note does not decrypt', async () => {
    const ander = await rest<DocAnswer>('POST', '/notities', {
      token: token('fichebeheerder'),
      body: { ficheSoort: 'organisatie', ficheId, tekst: 'Mijn eigen notitie' },
    })
    expect(ander.status).toBe(201)
    await poolOf(payload).query(
      'UPDATE notities SET versleuteld = (SELECT versleuteld FROM notities WHERE id = $1) WHERE id = $2',
      [notitieId, ander.body.doc.id],
    )
    const gelezen = await rest<Notitie>('GET', `/notities/${ander.body.doc.id}`, {
      token: token('fichebeheerder'),
    })
    expect(gelezen.status).toBe(200)
    expect(gelezen.body.tekst).toBeNull()
  })

  it('bad input gets a 400 that names the field', async () => {
    const leeg = await rest('POST', '/notities', {
      token: token('burger'),
      body: { ficheSoort: 'organisatie', ficheId, tekst: '   ' },
    })
    expect(leeg.status).toBe(400)
    expect(JSON.stringify(leeg.body)).toContain('tekst')
    const onbekend = await rest('POST', '/notities', {
      token: token('burger'),
      body: { ficheSoort: 'organisatie', ficheId: 99_999_999, tekst: 'x' },
    })
    expect(onbekend.status).toBe(400)
    expect(JSON.stringify(onbekend.body)).toContain('ficheId')
    const teLang = await rest('POST', '/notities', {
      token: token('burger'),
      body: { ficheSoort: 'organisatie', ficheId, tekst: 'x'.repeat(5001) },
    })
    expect(teLang.status).toBe(400)
    expect(JSON.stringify(teLang.body)).toContain('tekst')
  })

  it('a visitor cannot write notes', async () => {
    expect(
      (
        await rest('POST', '/notities', {
          body: { ficheSoort: 'organisatie', ficheId, tekst: 'x' },
        })
      ).status,
    ).toBe(403)
  })
})

describe('the encryption itself', () => {
  it('uses a fresh IV every time and refuses a changed ciphertext', () => {
    const ctx = { eigenaar: 1, ficheSoort: 'aanbod', ficheId: 2 }
    const a = encrypt('zelfde tekst', ctx)
    const b = encrypt('zelfde tekst', ctx)
    expect(a).not.toBe(b)
    expect(decrypt(a, ctx)).toBe('zelfde tekst')
    const [v, iv, tag, data] = a.split('.')
    const gewijzigd = [v, iv, tag, `${data.slice(0, -2)}AA`].join('.')
    expect(() => decrypt(gewijzigd, ctx)).toThrow()
    expect(() => decrypt(a, { ...ctx, eigenaar: 3 })).toThrow()
  })
})

describe('deleting the account', () => {
  it('deletes its notes and keeps its suggestions without name or address', async () => {
    const user = await createUser(payload, 'weg.notities@test.be', ['burger'])
    const tok = await login('weg.notities@test.be', PASSWORD)
    const notitie = await rest<DocAnswer>('POST', '/notities', {
      token: tok,
      body: { ficheSoort: 'organisatie', ficheId, tekst: 'Weg ermee' },
    })
    expect(notitie.status).toBe(201)
    const suggestie = await payload.create({
      collection: 'suggesties',
      overrideAccess: true,
      data: {
        ficheSoort: 'organisatie',
        ficheId,
        onderdeel: 'naam',
        voorstel: 'De naam is veranderd.',
        status: 'nieuw',
        afzender: user.id,
        afzenderNaam: 'Weg Gebruiker',
        afzenderEmail: 'weg.notities@test.be',
      },
    })
    await payload.delete({ collection: 'users', id: user.id })
    const { rows } = await poolOf(payload).query('SELECT id FROM notities WHERE id = $1', [
      notitie.body.doc.id,
    ])
    expect(rows).toEqual([])
    const bewaard = await payload.findByID({ collection: 'suggesties', id: suggestie.id, depth: 0 })
    expect(bewaard).toMatchObject({
      voorstel: 'De naam is veranderd.',
      afzender: null,
      afzenderEmail: null,
      afzenderNaam: 'verwijderd account',
    })
  })
})

describe('the forms of "Mijn notities", posted to the form route', () => {
  const sessie = (key: RoleKey) => `payload-token=${token(key)}`
  const opFiche = () => ({ ficheSoort: 'organisatie', ficheId: String(ficheId) })
  const notitiesPagina = () => `/account/notities?soort=organisatie&id=${ficheId}`
  const notitie = (id: number) =>
    payload.findByID({ collection: 'notities', id, depth: 0, disableErrors: true })
  const nieuweNotitie = async (tekst: string) => {
    const response = await rest<DocAnswer>('POST', '/notities', {
      token: token('burger'),
      body: { ficheSoort: 'organisatie', ficheId, tekst },
    })
    expect(response.status).toBe(201)
    return response.body.doc.id
  }

  it('the owner saves a new note and goes back to the notes of that fiche with a confirmation', async () => {
    const answer = await postForm(
      'notitie-bewaren',
      { ...opFiche(), tekst: 'Via het formulier bewaard.' },
      { cookie: sessie('burger') },
    )
    expect(answer.status).toBe(303)
    const terug = new URL(answer.location!)
    expect(terug.pathname + terug.search).toBe(`${notitiesPagina()}&melding=notitie-bewaard`)
    const { docs } = await payload.find({
      collection: 'notities',
      where: { eigenaar: { equals: world.actors.burger.id } },
      depth: 0,
      limit: 100,
    })
    expect(docs.map((d) => d.tekst)).toContain('Via het formulier bewaard.')
  })

  it('the owner changes and deletes a note', async () => {
    const id = await nieuweNotitie('Eerste versie.')
    const gewijzigd = await postJson(
      'notitie-bewaren',
      { id, tekst: 'Tweede versie.' },
      sessie('burger'),
    )
    expect(gewijzigd.status, JSON.stringify(gewijzigd.body)).toBe(200)
    expect(gewijzigd.body).toMatchObject({ ok: true, notice: 'notitie-bewaard' })
    expect((await notitie(id))?.tekst).toBe('Tweede versie.')
    const weg = await postForm(
      'notitie-verwijderen',
      { id: String(id), ...opFiche() },
      { cookie: sessie('burger') },
    )
    expect(weg.status).toBe(303)
    expect(weg.location).toContain('melding=notitie-verwijderd')
    expect(await notitie(id)).toBeNull()
  })

  for (const key of [
    'admin',
    'regiobeheerder',
    'fichebeheerder',
    'zorgverlener',
    'redacteur',
  ] as const) {
    it(`the ${key} can neither change nor delete someone else's note through the forms`, async () => {
      const id = await nieuweNotitie('Niet van u.')
      for (const actie of ['notitie-bewaren', 'notitie-verwijderen']) {
        const answer = await postJson(actie, { id, tekst: 'Overschreven.' }, sessie(key))
        expect(answer.status).toBe(404)
        expect(errorsOf(answer)).toEqual([
          { field: 'id', message: 'Deze notitie bestaat niet (meer).' },
        ])
      }
      expect((await notitie(id))?.tekst).toBe('Niet van u.')
    })
  }

  it('a plain form from someone else goes back to the notes page with the message, and changes nothing', async () => {
    const id = await nieuweNotitie('Ook niet van u.')
    const answer = await postForm(
      'notitie-verwijderen',
      { id: String(id), ...opFiche() },
      { cookie: sessie('fichebeheerder') },
    )
    expect(answer.status).toBe(303)
    const terug = new URL(answer.location!)
    expect(terug.pathname).toBe('/account/notities')
    expect(terug.searchParams.get('soort')).toBe('organisatie')
    expect(decodeErrors(Object.fromEntries(terug.searchParams))).toEqual([
      { field: 'id', message: 'Deze notitie bestaat niet (meer).' },
    ])
    expect(await notitie(id)).not.toBeNull()
  })

  it('logged out, a plain form goes to the login page and comes back to the notes of that fiche; a script gets 401', async () => {
    const answer = await postForm('notitie-bewaren', { ...opFiche(), tekst: 'Zonder account.' })
    expect(answer.status).toBe(303)
    const aanmelden = new URL(answer.location!)
    expect(aanmelden.pathname).toBe('/account/aanmelden')
    expect(aanmelden.searchParams.get('volgende')).toBe(notitiesPagina())
    expect((await postJson('notitie-verwijderen', { id: 1 })).status).toBe(401)
  })

  it("the collection's own checks come back naming the field: an empty note, an unknown fiche", async () => {
    const leeg = await postJson('notitie-bewaren', { ...opFiche(), tekst: '   ' }, sessie('burger'))
    expect(leeg.status).toBe(400)
    expect(errorsOf(leeg)).toEqual([{ field: 'tekst', message: 'Een notitie mag niet leeg zijn.' }])
    const onbekend = await postForm(
      'notitie-bewaren',
      { ficheSoort: 'organisatie', ficheId: '99999999', tekst: 'x' },
      { cookie: sessie('burger') },
    )
    expect(onbekend.status).toBe(303)
    expect(decodeErrors(Object.fromEntries(new URL(onbekend.location!).searchParams))).toEqual([
      { field: 'ficheId', message: 'Deze fiche bestaat niet.' },
    ])
  })
})
