import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { decodeErrors } from '@/accounts/flash'
import { KEPT_VALUES_COOKIE, readKeptValues } from '@/forms/kept-values'
import { formToken } from '@/suggesties/abuse'

import { postForm, postJson } from './helpers/account-forms'
import { errorsOf } from './helpers/answers'
import { makeFactories } from './helpers/factories'
import { sendQueuedMail, TestSmtp } from './helpers/mail'
import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { buildWorld, createUser, PASSWORD, type World } from './helpers/world'
import { login } from './helpers/rest'

let payload: Payload
let world: World
let f: ReturnType<typeof makeFactories>
let anderBeheerder: { id: number; token: string }
let eigenaar: { id: number; token: string }
let opAanbod: number
let opAnderAanbod: number
let opZorgverlener: number
const smtp = new TestSmtp()

const token = (key: keyof World['actors']) => world.actors[key].token

type SuggestieData = RequiredDataFromCollectionSlug<'suggesties'>
const suggestie = (
  data: Omit<SuggestieData, 'onderdeel' | 'voorstel' | 'status'> & Partial<SuggestieData>,
) =>
  payload.create({
    collection: 'suggesties',
    overrideAccess: true,
    data: {
      onderdeel: 'openingsuren',
      voorstel: 'Op woensdag gesloten.',
      status: 'nieuw',
      ...data,
    },
  })

afterAll(async () => {
  await smtp.stop()
})

beforeAll(async () => {
  await smtp.start()
  payload = await testPayload()
  world = await buildWorld(payload, 'suggesties')
  f = makeFactories(world)
  const ander = await createUser(payload, 'ander.beheer.suggesties@test.be', ['burger'])
  anderBeheerder = { id: ander.id, token: await login('ander.beheer.suggesties@test.be', PASSWORD) }
  const zv = await createUser(payload, 'eigen.fiche.suggesties@test.be', ['zorgverlener'])
  eigenaar = { id: zv.id, token: await login('eigen.fiche.suggesties@test.be', PASSWORD) }

  const org = await f.organisatie('antwerpen', { beheerder: world.actors.fichebeheerder.id! })
  const aanbod = await f.aanbod({ organisatie: org.id })
  const andereOrg = await f.organisatie('antwerpen', { beheerder: ander.id })
  const anderAanbod = await f.aanbod({ organisatie: andereOrg.id })
  const zorgverlener = await f.zorgverlener('oost-vlaanderen', { account: zv.id })

  opAanbod = (
    await suggestie({
      ficheSoort: 'aanbod',
      ficheId: aanbod.id,
      afzender: world.actors.burger.id,
      afzenderEmail: world.actors.burger.email,
    })
  ).id
  opAnderAanbod = (
    await suggestie({
      ficheSoort: 'aanbod',
      ficheId: anderAanbod.id,
      afzenderEmail: 'bezoeker@voorbeeld.be',
    })
  ).id
  opZorgverlener = (
    await suggestie({
      ficheSoort: 'zorgverlener',
      ficheId: zorgverlener.id,
      afzenderEmail: 'bezoeker@voorbeeld.be',
    })
  ).id
}, 240_000)

const zichtbaar = async (tok: string | undefined) => {
  const response = await rest<{ docs: { id: number }[] }>('GET', '/suggesties', {
    token: tok,
    query: 'limit=100&depth=0',
  })
  return response.status === 200 ? response.body.docs.map((d) => d.id) : []
}

describe('who sees a suggestie tot wijziging', () => {
  it('the fichebeheerder of the fiche sees it; the fichebeheerder of another fiche does not', async () => {
    expect(await zichtbaar(token('fichebeheerder'))).toContain(opAanbod)
    expect(await zichtbaar(token('fichebeheerder'))).not.toContain(opAnderAanbod)
    expect(await zichtbaar(anderBeheerder.token)).toEqual([opAnderAanbod])
  })

  it('the regiobeheerder of the fiche region sees it; the one of another region does not', async () => {
    const antwerpen = await zichtbaar(token('regiobeheerder'))
    expect(antwerpen).toEqual(expect.arrayContaining([opAanbod, opAnderAanbod]))
    expect(antwerpen).not.toContain(opZorgverlener)
    const oostVlaanderen = await zichtbaar(token('regiobeheerderAndereRegio'))
    expect(oostVlaanderen).toContain(opZorgverlener)
    expect(oostVlaanderen).not.toContain(opAanbod)
  })

  it('a zorgverlener sees the suggestions on their own fiche only', async () => {
    expect(await zichtbaar(eigenaar.token)).toEqual([opZorgverlener])
    expect(await zichtbaar(token('zorgverlener'))).toEqual([])
  })

  it('the sender sees their own; another burger, a redacteur and a visitor see none, not even by guessing the id', async () => {
    expect(await zichtbaar(token('burger'))).toEqual([opAanbod])
    for (const tok of [token('redacteur'), undefined]) {
      expect(await zichtbaar(tok)).toEqual([])
      const geraden = await rest('GET', `/suggesties/${opAanbod}`, { token: tok })
      expect([403, 404]).toContain(geraden.status)
    }
    const geraden = await rest('GET', `/suggesties/${opAnderAanbod}`, {
      token: token('fichebeheerder'),
    })
    expect([403, 404]).toContain(geraden.status)
  })
})

describe('handling a suggestion', () => {
  it('the fichebeheerder sets the state and an answer; who and when are recorded', async () => {
    const voor = Date.now()
    const response = await rest('PATCH', `/suggesties/${opAanbod}`, {
      token: token('fichebeheerder'),
      body: { status: 'verwerkt', antwoord: 'Aangepast, bedankt!' },
    })
    expect(response.status).toBe(200)
    const doc = await payload.findByID({ collection: 'suggesties', id: opAanbod, depth: 0 })
    expect(doc.status).toBe('verwerkt')
    expect(doc.behandeldDoor).toBe(world.actors.fichebeheerder.id)
    expect(new Date(doc.behandeldOp!).getTime()).toBeGreaterThanOrEqual(voor - 1000)
    expect(new Date(doc.behandeldOp!).getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('what the sender wrote cannot be rewritten by the people handling it', async () => {
    await rest('PATCH', `/suggesties/${opAanbod}`, {
      token: token('regiobeheerder'),
      body: { voorstel: 'Iets anders', afzenderEmail: 'x@y.be' },
    })
    const doc = await payload.findByID({ collection: 'suggesties', id: opAanbod, depth: 0 })
    expect(doc.voorstel).toBe('Op woensdag gesloten.')
    expect(doc.afzenderEmail).toBe(world.actors.burger.email)
  })

  it('another fiche’s beheerder, the sender and a visitor cannot change it', async () => {
    for (const tok of [anderBeheerder.token, token('burger'), undefined]) {
      const response = await rest('PATCH', `/suggesties/${opAanbod}`, {
        token: tok,
        body: { status: 'afgewezen' },
      })
      expect([403, 404]).toContain(response.status)
    }
    expect(
      (await payload.findByID({ collection: 'suggesties', id: opAanbod, depth: 0 })).status,
    ).toBe('verwerkt')
  })

  it('an unknown state is refused with a 400 that names the field', async () => {
    const response = await rest('PATCH', `/suggesties/${opAnderAanbod}`, {
      token: anderBeheerder.token,
      body: { status: 'weggegooid' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('status')
  })
})

describe('creating suggestions', () => {
  it('goes only through the public form: the REST API refuses everyone but the admin', async () => {
    for (const tok of [
      undefined,
      token('burger'),
      token('fichebeheerder'),
      token('regiobeheerder'),
    ]) {
      const response = await rest('POST', '/suggesties', {
        token: tok,
        body: { ficheSoort: 'aanbod', ficheId: 1, onderdeel: 'naam', voorstel: 'Spam spam' },
      })
      expect(response.status).toBe(403)
    }
  })

  it('a suggestion on a fiche that is not public is refused, naming the fiche', async () => {
    const gestopt = await f.organisatie('antwerpen', { status: 'stopgezet' })
    await expect(
      suggestie({ ficheSoort: 'organisatie', ficheId: gestopt.id }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'ficheId' }] } })
  })
})

describe('mail about a suggestion', () => {
  it('goes to the fiche’s beheerder and the regional team, each in a mail of their own, not to another beheerder', async () => {
    await sendQueuedMail(payload, smtp)
    const beheerder = await smtp.to(world.actors.fichebeheerder.email!)
    expect(beheerder.map((m) => m.subject)).toContainEqual(
      expect.stringContaining('Suggestie tot wijziging voor Testaanbod'),
    )
    const mail = beheerder.find((m) => m.text?.includes('Op woensdag gesloten.'))!
    expect(mail.text).toContain('/admin/collections/suggesties/')
    expect(mail.html).toContain('Op woensdag gesloten.')
    expect(mail.envelopeTo).toEqual([world.actors.fichebeheerder.email])
    expect((await smtp.to(world.actors.regiobeheerder.email!)).length).toBeGreaterThanOrEqual(2)
    expect(await smtp.to('ander.beheer.suggesties@test.be')).toHaveLength(1)
    expect(await smtp.to(world.actors.regiobeheerderAndereRegio.email!)).toHaveLength(1)
    expect(await smtp.to('eigen.fiche.suggesties@test.be')).toHaveLength(1)
  })

  it('tells the sender once when it is handled, with the answer', async () => {
    await sendQueuedMail(payload, smtp)
    const naar = (await smtp.to(world.actors.burger.email!)).filter((m) =>
      m.subject?.includes('is verwerkt'),
    )
    expect(naar).toHaveLength(1)
    expect(naar[0].text).toContain('Aangepast, bedankt!')
    await rest('PATCH', `/suggesties/${opAnderAanbod}`, {
      token: anderBeheerder.token,
      body: { status: 'afgewezen', antwoord: 'Die uren kloppen wel.' },
    })
    await rest('PATCH', `/suggesties/${opAnderAanbod}`, {
      token: anderBeheerder.token,
      body: { antwoord: 'Die uren kloppen echt.' },
    })
    await sendQueuedMail(payload, smtp)
    const bezoeker = (await smtp.to('bezoeker@voorbeeld.be')).filter((m) =>
      m.subject?.includes('werd bekeken'),
    )
    expect(bezoeker).toHaveLength(1)
    expect(bezoeker[0].text).toContain('Die uren kloppen wel.')
  })
})

describe('the public suggestion form, posted to the form route', () => {
  let fiche: number
  let adres = 0
  /** Every test its own sender address, so the hourly limit of one does not touch another. */
  const vanAf = () => ({ 'x-forwarded-for': `192.0.2.${++adres}` })
  const formulier = (extra: Record<string, string> = {}) => ({
    ficheSoort: 'organisatie',
    ficheId: String(fiche),
    onderdeel: 'naam',
    voorstel: 'De naam is veranderd.',
    naam: 'An Peeters',
    email: 'an@voorbeeld.be',
    token: formToken(Date.now() - 20_000),
    website: '',
    ...extra,
  })
  const opgeslagen = async (voorstel: string) =>
    (
      await payload.find({
        collection: 'suggesties',
        where: { voorstel: { equals: voorstel } },
        depth: 0,
        limit: 10,
      })
    ).docs
  const waardenCookie = (cookies: string[]) =>
    cookies.find((c) => c.startsWith(`${KEPT_VALUES_COOKIE}=`))

  beforeAll(async () => {
    fiche = (await f.organisatie('antwerpen')).id
  })

  it('a visitor without an e-mail address: a script gets a 400 naming the field, and nothing is stored', async () => {
    const voorstel = 'Zonder adres ingestuurd.'
    const json = await postJson(
      'suggestie-indienen',
      formulier({ voorstel, email: '' }),
      undefined,
      vanAf(),
    )
    expect(json.status).toBe(400)
    expect(errorsOf(json).map((e) => e.field)).toEqual(['email'])
    // The form's own script sends multipart FormData and asks for JSON: the same answer.
    const script = await postForm('suggestie-indienen', formulier({ voorstel, email: '' }), {
      script: true,
      headers: vanAf(),
    })
    expect(script.status).toBe(400)
    expect(errorsOf(script).map((e) => e.field)).toEqual(['email'])
    expect(await opgeslagen(voorstel)).toEqual([])
  })

  it('a plain form goes back to the form of that fiche with the message, and what was typed comes back', async () => {
    const voorstel = 'De naam is nu Huis van het Kind.'
    const answer = await postForm('suggestie-indienen', formulier({ voorstel, email: '' }), {
      headers: vanAf(),
    })
    expect(answer.status).toBe(303)
    const terug = new URL(answer.location!)
    expect(terug.pathname).toBe('/suggestie')
    expect([terug.searchParams.get('soort'), terug.searchParams.get('id')]).toEqual([
      'organisatie',
      String(fiche),
    ])
    expect(decodeErrors(Object.fromEntries(terug.searchParams)).map((e) => e.field)).toEqual([
      'email',
    ])

    const cookie = waardenCookie(answer.cookies)!
    expect(cookie).toMatch(/; Path=\/suggestie; HttpOnly; SameSite=Lax/)
    const waarde = cookie.split(';')[0].slice(KEPT_VALUES_COOKIE.length + 1)
    // What the visitor typed, not the form token or the trap field; only on the page with these messages.
    expect(readKeptValues(waarde, terug.searchParams.get('sig'))).toEqual({
      onderdeel: 'naam',
      voorstel,
      naam: 'An Peeters',
    })
    expect(readKeptValues(waarde, 'andere-meldingen')).toEqual({})
    expect(readKeptValues(`${waarde.slice(0, -3)}xyz`, terug.searchParams.get('sig'))).toEqual({})
  })

  it('a filled-in trap field, a forged token or a form sent too fast is refused, naming the field', async () => {
    const voorstel = 'Automatisch ingevuld voorstel.'
    const cases: [Record<string, string>, string][] = [
      [{ website: 'https://spam.example' }, 'website'],
      [{ token: `${Date.now() - 20_000}.vervalst` }, 'token'],
      [{ token: formToken(Date.now()) }, 'token'],
      [{ token: '' }, 'token'],
    ]
    for (const [extra, veld] of cases) {
      const answer = await postJson(
        'suggestie-indienen',
        formulier({ voorstel, ...extra }),
        undefined,
        vanAf(),
      )
      expect(answer.status, JSON.stringify(extra)).toBe(400)
      expect(errorsOf(answer).map((e) => e.field)).toEqual([veld])
    }
    const plain = await postForm(
      'suggestie-indienen',
      formulier({ voorstel, website: 'https://spam.example' }),
      { headers: vanAf() },
    )
    expect(
      decodeErrors(Object.fromEntries(new URL(plain.location!).searchParams)).map((e) => e.field),
    ).toEqual(['website'])
    expect(await opgeslagen(voorstel)).toEqual([])
  })

  it('a complete suggestion is stored; the plain form comes back thanked and forgets what was typed', async () => {
    const voorstel = 'Het adres is Kerkstraat 1.'
    const answer = await postForm(
      'suggestie-indienen',
      formulier({ voorstel, onderdeel: 'adres' }),
      { headers: vanAf() },
    )
    expect(answer.status).toBe(303)
    const terug = new URL(answer.location!)
    expect(terug.pathname + terug.search).toBe(
      `/suggestie?soort=organisatie&id=${fiche}&melding=suggestie-verstuurd`,
    )
    expect(waardenCookie(answer.cookies)).toMatch(/^formulier-invoer=; Max-Age=0; Path=\/suggestie/)
    expect(await opgeslagen(voorstel)).toEqual([
      expect.objectContaining({
        ficheSoort: 'organisatie',
        ficheId: fiche,
        onderdeel: 'adres',
        afzenderNaam: 'An Peeters',
        afzenderEmail: 'an@voorbeeld.be',
        afzender: null,
        status: 'nieuw',
      }),
    ])
  })

  it('someone logged in needs neither address nor form token; the suggestion is theirs', async () => {
    const voorstel = 'Telefoon is 03 123 45 67.'
    const answer = await postJson(
      'suggestie-indienen',
      { ficheSoort: 'organisatie', ficheId: fiche, onderdeel: 'contact', voorstel },
      `payload-token=${token('burger')}`,
      vanAf(),
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body).toMatchObject({ ok: true, notice: 'suggestie-verstuurd' })
    expect(await opgeslagen(voorstel)).toEqual([
      expect.objectContaining({
        afzender: world.actors.burger.id,
        afzenderEmail: world.actors.burger.email,
      }),
    ])
  })

  it('one sender sends at most five an hour; the sixth is refused with 429', async () => {
    const van = vanAf()
    const statussen: number[] = []
    for (let i = 1; i <= 6; i++)
      statussen.push(
        (
          await postJson(
            'suggestie-indienen',
            formulier({ voorstel: `Voorstel nummer ${i} van dezelfde afzender.` }),
            undefined,
            van,
          )
        ).status,
      )
    expect(statussen).toEqual([200, 200, 200, 200, 200, 429])
    expect(await opgeslagen('Voorstel nummer 6 van dezelfde afzender.')).toEqual([])
  })
})
