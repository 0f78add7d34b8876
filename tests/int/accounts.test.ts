import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { decodeErrors } from '@/accounts/flash'
import { asPayloadUser } from '@/auth/payload-user'

import { openLink, postForm, postJson, sessionFrom } from './helpers/account-forms'
import { errorsOf, type ListAnswer } from './helpers/answers'
import { linkIn, sendQueuedMail, TestSmtp } from './helpers/mail'
import { testPayload } from './helpers/payload'
import { login, rest } from './helpers/rest'
import { buildWorld, createUser, PASSWORD, type World } from './helpers/world'

let payload: Payload
let world: World
const smtp = new TestSmtp()
const tag = `acc${Date.now()}`
let counter = 0
const email = (name: string) => `${name}.${++counter}.${tag}@test.be`
const WACHTWOORD = 'een-goed-wachtwoord'

const register = (address: string, extra: Record<string, unknown> = {}) =>
  postJson('registreren', {
    naam: 'Jan Peeters',
    email: address,
    wachtwoord: WACHTWOORD,
    wachtwoordHerhaald: WACHTWOORD,
    ...extra,
  })

/** Sends the queue, then returns the newest mail to this address. */
async function lastMailTo(address: string) {
  await sendQueuedMail(payload, smtp)
  const mails = await smtp.to(address)
  expect(mails.length, `mail aan ${address}`).toBeGreaterThan(0)
  return mails[mails.length - 1]
}

async function registeredAndConfirmed(address: string) {
  expect((await register(address)).status).toBe(200)
  await openLink(linkIn(await lastMailTo(address), '/account/bevestigen'))
  const session = await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })
  expect(session.status).toBe(200)
  const user = (
    await payload.find({ collection: 'users', where: { email: { equals: address } }, depth: 0 })
  ).docs[0]
  return { user, cookie: sessionFrom(session.cookies), token: await login(address, WACHTWOORD) }
}

const fieldsOf = (answer: { body: unknown }) => errorsOf(answer).map((e) => e.field)

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload, tag)
  await smtp.start()
})

afterAll(async () => {
  await smtp.stop()
})

beforeEach(async () => {
  await sendQueuedMail(payload, smtp)
})

describe('registering and confirming the e-mail address', () => {
  it('a new burger gets a confirmation mail, cannot log in before confirming, and can after', async () => {
    const address = email('nieuw')
    const registered = await register(address)
    expect(registered.status).toBe(200)
    const user = (
      await payload.find({ collection: 'users', where: { email: { equals: address } }, depth: 0 })
    ).docs[0]
    expect(user.roles).toEqual(['burger'])
    expect(user.emailVerified).toBe(false)

    const early = await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })
    expect(early.status).toBe(403)
    expect(fieldsOf(early)).toEqual(['email'])

    const mail = await lastMailTo(address)
    expect(mail.subject).toBe('Bevestig uw e-mailadres voor de Sociale Kaart')
    expect(mail.html).toContain('E-mailadres bevestigen')
    const link = linkIn(mail, '/account/bevestigen')
    const confirmed = await openLink(link)
    expect(confirmed.status).toBe(303)
    expect(confirmed.location).toContain('/account/aanmelden?melding=bevestigd')

    const session = await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })
    expect(session.status).toBe(200)
    expect(sessionFrom(session.cookies)).toMatch(/^payload-token=/)

    // The link works once.
    const again = await openLink(link)
    expect(
      decodeErrors(Object.fromEntries(new URL(again.location!).searchParams)).map((e) => e.field),
    ).toEqual(['token'])
  })

  it('bad input is refused with 400 naming each field, and a plain form goes back with the same messages', async () => {
    const bad = await postJson('registreren', {
      naam: '',
      email: 'geen-adres',
      wachtwoord: 'kort',
      wachtwoordHerhaald: 'anders',
    })
    expect(bad.status).toBe(400)
    expect(fieldsOf(bad).sort()).toEqual(['email', 'naam', 'wachtwoord', 'wachtwoordHerhaald'])
    expect(errorsOf(bad).find((e) => e.field === 'wachtwoord')?.message).toContain(
      'minstens 8 tekens',
    )

    const form = await postForm('registreren', {
      naam: 'Jan',
      email: 'x@',
      wachtwoord: WACHTWOORD,
      wachtwoordHerhaald: WACHTWOORD,
    })
    expect(form.status).toBe(303)
    const back = new URL(form.location!)
    expect(back.pathname).toBe('/account/registreren')
    expect(decodeErrors(Object.fromEntries(back.searchParams))).toEqual([
      { field: 'email', message: 'Dit is geen geldig e-mailadres.' },
    ])

    // A zorgverlener needs a valid RIZIV number.
    const riziv = await register(email('zv'), { zorgverlener: 'ja', rizivNummer: '123' })
    expect(riziv.status).toBe(400)
    expect(fieldsOf(riziv)).toEqual(['rizivNummer'])

    expect((await postJson('aanmelden', { email: '', wachtwoord: '' })).status).toBe(400)
    expect((await postJson('onbekend', {})).status).toBe(404)
  })

  it('messages in a form address cannot be forged', () => {
    const forged = Buffer.from(JSON.stringify([['email', 'Bel 0900 met uw kaartnummer']])).toString(
      'base64url',
    )
    expect(decodeErrors({ fouten: forged, sig: 'verzonnen' })).toEqual([])
  })

  it('registering a known address tells nobody, and mails its owner instead', async () => {
    const address = email('bekend')
    await register(address)
    const before = await payload.count({
      collection: 'users',
      where: { email: { equals: address } },
    })
    const second = await register(address)
    expect(second.status).toBe(200)
    expect(second.body).toEqual((await register(email('ander'))).body)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: address } } }))
        .totalDocs,
    ).toBe(before.totalDocs)
    expect((await lastMailTo(address)).subject).toBe('U heeft al een account op de Sociale Kaart')
  })

  it('an account made through the REST API also has to confirm its address', async () => {
    const address = email('rest')
    const created = await rest('POST', '/users', { body: { email: address, password: WACHTWOORD } })
    expect(created.status).toBe(201)
    expect((await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })).status).toBe(
      403,
    )
    expect((await lastMailTo(address)).subject).toBe(
      'Bevestig uw e-mailadres voor de Sociale Kaart',
    )
  })

  it('a plain form from another site is refused', async () => {
    const answer = await postForm(
      'aanmelden',
      { email: world.actors.burger.email!, wachtwoord: PASSWORD },
      { origin: 'https://kwaadaardig.example' },
    )
    expect(answer.status).toBe(403)
  })
})

describe('logging in and out', () => {
  it('the login cookie opens the account, and logging out ends the session itself', async () => {
    const address = email('sessie')
    const { cookie } = await registeredAndConfirmed(address)
    const me = await rest('GET', '/users/me', { query: '', token: undefined })
    expect(me.status).toBe(200)
    const viaCookie = await payload.auth({ headers: new Headers({ Cookie: cookie }) })
    expect(viaCookie.user?.email).toBe(address)

    const out = await postForm('afmelden', {}, { cookie })
    expect(out.status).toBe(303)
    expect(out.cookies.some((c) => c.startsWith('payload-token=;'))).toBe(true)
    // The old cookie no longer works, even if someone kept a copy.
    expect((await payload.auth({ headers: new Headers({ Cookie: cookie }) })).user).toBeNull()
  })

  it('only goes on to a page of this site after logging in', async () => {
    const address = email('volgende')
    await registeredAndConfirmed(address)
    const elsewhere = await postForm('aanmelden', {
      email: address,
      wachtwoord: WACHTWOORD,
      volgende: '//kwaad.example/x',
    })
    expect(new URL(elsewhere.location!).host).toBe('localhost:3000')
    expect(new URL(elsewhere.location!).pathname).toBe('/account')
  })

  it('five wrong passwords lock the account, even for the right password', async () => {
    const address = email('slot')
    await registeredAndConfirmed(address)
    for (let i = 0; i < 5; i++) {
      const wrong = await postJson('aanmelden', { email: address, wachtwoord: 'fout-wachtwoord' })
      expect([401, 423]).toContain(wrong.status)
      expect(fieldsOf(wrong)).toEqual(['wachtwoord'])
    }
    const locked = await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })
    expect(locked.status).toBe(423)
    expect(errorsOf(locked)[0].message).toContain('tijdelijk geblokkeerd')
    expect(
      (await rest('POST', '/users/login', { body: { email: address, password: WACHTWOORD } }))
        .status,
    ).toBe(401)
  })
})

describe('a forgotten password', () => {
  it('is reset with the link from the mail; the link works once', async () => {
    const address = email('vergeten')
    const { cookie: voorHerstel } = await registeredAndConfirmed(address)
    const asked = await postJson('wachtwoord-vergeten', { email: address })
    expect(asked.status).toBe(200)
    // An unknown address gets the very same answer and no mail.
    const unknown = await postJson('wachtwoord-vergeten', { email: `niemand.${tag}@test.be` })
    expect(unknown.body).toEqual(asked.body)

    const mail = await lastMailTo(address)
    expect(mail.subject).toBe('Nieuw wachtwoord voor de Sociale Kaart')
    const token = linkIn(mail, '/account/wachtwoord-herstellen').searchParams.get('token')!
    const mismatch = await postJson('wachtwoord-herstellen', {
      token,
      wachtwoord: 'nieuw-wachtwoord-1',
      wachtwoordHerhaald: 'iets anders',
    })
    expect(mismatch.status).toBe(400)
    expect(fieldsOf(mismatch)).toEqual(['wachtwoordHerhaald'])

    const reset = await postJson('wachtwoord-herstellen', {
      token,
      wachtwoord: 'nieuw-wachtwoord-1',
      wachtwoordHerhaald: 'nieuw-wachtwoord-1',
    })
    expect(reset.status).toBe(200)
    // A login from before the reset (someone who knew the old password) no longer works.
    expect((await payload.auth({ headers: new Headers({ Cookie: voorHerstel }) })).user).toBeNull()
    expect((await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })).status).toBe(
      401,
    )
    expect(
      (await postJson('aanmelden', { email: address, wachtwoord: 'nieuw-wachtwoord-1' })).status,
    ).toBe(200)

    const reused = await postJson('wachtwoord-herstellen', {
      token,
      wachtwoord: 'nog-een-ander-1',
      wachtwoordHerhaald: 'nog-een-ander-1',
    })
    expect(reused.status).toBe(400)
    expect(fieldsOf(reused)).toEqual(['token'])
    expect(await smtp.to(`niemand.${tag}@test.be`)).toHaveLength(0)
  })
})

describe("the admin's own 'wachtwoord vergeten'", () => {
  it('sends the same Dutch mail through the queue, with a link to the public reset page that works', async () => {
    const address = email('staf')
    await createUser(payload, address, ['redacteur'])
    const asked = await rest('POST', '/users/forgot-password', { body: { email: address } })
    expect(asked.status).toBe(200)
    const mail = await lastMailTo(address)
    expect(mail.subject).toBe('Nieuw wachtwoord voor de Sociale Kaart')
    const token = linkIn(mail, '/account/wachtwoord-herstellen').searchParams.get('token')!
    const reset = await postJson('wachtwoord-herstellen', {
      token,
      wachtwoord: 'staf-wachtwoord-9',
      wachtwoordHerhaald: 'staf-wachtwoord-9',
    })
    expect(reset.status).toBe(200)
    // login() throws unless the answer is 200 with a token; the token is a JWT.
    expect(await login(address, 'staf-wachtwoord-9')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
  })
})

describe('forms anyone can submit for any address', () => {
  it('mail one address at most three times a quarter of an hour, and still answer the same', async () => {
    const address = email('overspoeld')
    await registeredAndConfirmed(address)
    const before = (await smtp.to(address)).length
    const answers = []
    for (let i = 0; i < 5; i++)
      answers.push((await postJson('wachtwoord-vergeten', { email: address })).body)
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    await sendQueuedMail(payload, smtp)
    // One confirmation mail went out at registration, so two reset mails fit in the limit of three.
    expect((await smtp.to(address)).length - before).toBe(2)
  })
})

describe('changing e-mail address and password', () => {
  it('a new address works only after its owner confirms it, and the old address is told', async () => {
    const address = email('oud')
    const nieuw = email('nieuwadres')
    const { cookie, user } = await registeredAndConfirmed(address)
    const wrong = await postJson(
      'email-wijzigen',
      { email: nieuw, huidigWachtwoord: 'fout' },
      cookie,
    )
    expect(wrong.status).toBe(401)
    expect(fieldsOf(wrong)).toEqual(['huidigWachtwoord'])
    const taken = await postJson(
      'email-wijzigen',
      { email: world.actors.admin.email, huidigWachtwoord: WACHTWOORD },
      cookie,
    )
    expect(taken.status).toBe(400)
    expect(fieldsOf(taken)).toEqual(['email'])

    expect(
      (await postJson('email-wijzigen', { email: nieuw, huidigWachtwoord: WACHTWOORD }, cookie))
        .status,
    ).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: user.id, depth: 0 })).email).toBe(
      address,
    )
    const confirmed = await openLink(linkIn(await lastMailTo(nieuw), '/account/bevestigen'))
    expect(confirmed.location).toContain('melding=email-gewijzigd')
    expect((await payload.findByID({ collection: 'users', id: user.id, depth: 0 })).email).toBe(
      nieuw,
    )
    expect((await lastMailTo(address)).subject).toBe(
      'Uw e-mailadres op de Sociale Kaart werd gewijzigd',
    )
    expect((await postJson('aanmelden', { email: nieuw, wachtwoord: WACHTWOORD })).status).toBe(200)
  })

  it('nobody but an admin changes an address directly through the API', async () => {
    const { user, token } = await registeredAndConfirmed(email('direct'))
    const patched = await rest('PATCH', `/users/${user.id}`, {
      token,
      body: { email: email('ongecontroleerd') },
    })
    expect(patched.status).toBe(400)
    expect(JSON.stringify(patched.body)).toContain('email')
  })

  it('a new password needs the current one', async () => {
    const address = email('wachtwoord')
    const { cookie } = await registeredAndConfirmed(address)
    const without = await postJson(
      'wachtwoord-wijzigen',
      {
        huidigWachtwoord: 'fout',
        wachtwoord: 'ander-wachtwoord-2',
        wachtwoordHerhaald: 'ander-wachtwoord-2',
      },
      cookie,
    )
    expect(without.status).toBe(401)
    const notLoggedIn = await postJson('wachtwoord-wijzigen', {
      huidigWachtwoord: WACHTWOORD,
      wachtwoord: 'ander-wachtwoord-2',
      wachtwoordHerhaald: 'ander-wachtwoord-2',
    })
    expect(notLoggedIn.status).toBe(401)
    const changed = await postJson(
      'wachtwoord-wijzigen',
      {
        huidigWachtwoord: WACHTWOORD,
        wachtwoord: 'ander-wachtwoord-2',
        wachtwoordHerhaald: 'ander-wachtwoord-2',
      },
      cookie,
    )
    expect(changed.status).toBe(200)
    expect(
      (await postJson('aanmelden', { email: address, wachtwoord: 'ander-wachtwoord-2' })).status,
    ).toBe(200)
    expect((await lastMailTo(address)).subject).toBe(
      'Uw wachtwoord op de Sociale Kaart werd gewijzigd',
    )
  })

  it('a new password ends every other login of the account; the one that changed it goes on', async () => {
    const address = email('sessies')
    const { cookie } = await registeredAndConfirmed(address)
    const elders = sessionFrom(
      (await postJson('aanmelden', { email: address, wachtwoord: WACHTWOORD })).cookies,
    )
    expect((await payload.auth({ headers: new Headers({ Cookie: elders }) })).user?.email).toBe(
      address,
    )

    const changed = await postJson(
      'wachtwoord-wijzigen',
      {
        huidigWachtwoord: WACHTWOORD,
        wachtwoord: 'ander-wachtwoord-3',
        wachtwoordHerhaald: 'ander-wachtwoord-3',
      },
      cookie,
    )
    expect(changed.status).toBe(200)
    expect((await payload.auth({ headers: new Headers({ Cookie: elders }) })).user).toBeNull()
    expect((await payload.auth({ headers: new Headers({ Cookie: cookie }) })).user).toBeNull()
    const nieuw = sessionFrom(changed.cookies)
    expect((await payload.auth({ headers: new Headers({ Cookie: nieuw }) })).user?.email).toBe(
      address,
    )
  })
})

describe('deleting an account', () => {
  it('removes the account and its private data; a request it sent stays, without its name or address', async () => {
    const address = email('weg')
    const { cookie, user } = await registeredAndConfirmed(address)
    const organisatie = await payload.create({
      collection: 'organisaties',
      data: {
        naam: `Weg ${tag}`,
        status: 'actief',
        adressen: [{ straat: 'Meir', huisnummer: '1', postcode: '2000' }],
      },
      context: { systemWrite: true },
      depth: 0,
    })
    const aanvraag = await payload.create({
      collection: 'fichebeheer',
      data: { gebruiker: user.id, organisatie: organisatie.id, status: 'aangevraagd' },
      context: { systemWrite: true },
      depth: 0,
    })

    const unconfirmed = await postJson('verwijderen', { huidigWachtwoord: WACHTWOORD }, cookie)
    expect(unconfirmed.status).toBe(400)
    expect(fieldsOf(unconfirmed)).toEqual(['bevestig'])
    const deleted = await postJson(
      'verwijderen',
      { huidigWachtwoord: WACHTWOORD, bevestig: 'ja' },
      cookie,
    )
    expect(deleted.status).toBe(200)

    expect(
      (await payload.find({ collection: 'users', where: { email: { equals: address } }, depth: 0 }))
        .totalDocs,
    ).toBe(0)
    const kept = await payload.findByID({ collection: 'fichebeheer', id: aanvraag.id, depth: 0 })
    expect(kept.gebruiker ?? null).toBeNull()
    expect(JSON.stringify(kept)).not.toContain(address)
    expect(JSON.stringify(kept)).not.toContain('Jan Peeters')
    const { rows } = await payload.db.pool.query(
      'SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1',
      [user.id],
    )
    expect(rows[0].n).toBe(0)
    expect((await lastMailTo(address)).subject).toBe(
      'Uw account op de Sociale Kaart werd verwijderd',
    )
  })
})

describe('what a burger may see and change', () => {
  it('cannot read or change another account, nor give itself a role or a confirmed address', async () => {
    const a = await registeredAndConfirmed(email('a'))
    const b = await registeredAndConfirmed(email('b'))
    expect([403, 404]).toContain(
      (await rest('GET', `/users/${b.user.id}`, { token: a.token })).status,
    )
    expect([403, 404]).toContain(
      (await rest('PATCH', `/users/${b.user.id}`, { token: a.token, body: { naam: 'Gekaapt' } }))
        .status,
    )
    expect([403, 404]).toContain(
      (await rest('DELETE', `/users/${b.user.id}`, { token: a.token })).status,
    )
    const list = await rest<ListAnswer>('GET', '/users', { token: a.token, query: 'limit=100' })
    expect(list.body.docs.map((u) => u.id)).toEqual([a.user.id])
    expect((await payload.findByID({ collection: 'users', id: b.user.id, depth: 0 })).naam).toBe(
      'Jan Peeters',
    )

    await rest('PATCH', `/users/${a.user.id}`, {
      token: a.token,
      body: { roles: ['admin'], zorgverlenerStatus: 'goedgekeurd', zorgverlenerFiche: 1 },
    })
    const self = await payload.findByID({ collection: 'users', id: a.user.id, depth: 0 })
    expect(self.roles).toEqual(['burger'])
    expect(self.zorgverlenerStatus ?? null).toBeNull()
  })

  it('sees no staff data: not the accounts of the staff, not the fichebeheer of others', async () => {
    const a = await registeredAndConfirmed(email('nieuwsgierig'))
    for (const key of ['admin', 'regiobeheerder', 'redacteur'] as const) {
      expect([403, 404]).toContain(
        (await rest('GET', `/users/${world.actors[key].id}`, { token: a.token })).status,
      )
    }
    const beheer = await rest<ListAnswer>('GET', '/fichebeheer', { token: a.token })
    expect(beheer.body.docs).toEqual([])
  })

  it('never gets a password, its hash or a reset token from the API, not even as admin', async () => {
    const a = await registeredAndConfirmed(email('geheim'))
    await postJson('wachtwoord-vergeten', { email: a.user.email })
    for (const token of [a.token, world.actors.admin.token!]) {
      const one = await rest('GET', `/users/${a.user.id}`, { token })
      expect(one.status).toBe(200)
      const text = JSON.stringify(one.body)
      for (const secret of [
        '"hash"',
        '"salt"',
        '"password"',
        'resetPasswordToken',
        '"sessions"',
        'loginAttempts',
        'lockUntil',
      ])
        expect(text).not.toContain(secret)
      const list = JSON.stringify((await rest('GET', '/users', { token, query: 'limit=200' })).body)
      for (const secret of ['"hash"', '"salt"', 'resetPasswordToken'])
        expect(list).not.toContain(secret)
    }
  })

  it('the admin panel opens for staff and fichebeheerders, not for a burger', async () => {
    const canOpen = async (id: number) => {
      const user = await payload.findByID({ collection: 'users', id, depth: 0 })
      const { createLocalReq } = await import('payload')
      const req = await createLocalReq({ user: asPayloadUser(user) }, payload)
      return Boolean(await payload.collections.users.config.access.admin({ req }))
    }
    expect(await canOpen(world.actors.burger.id!)).toBe(false)
    for (const key of ['admin', 'regiobeheerder', 'redacteur', 'zorgverlener'] as const)
      expect(await canOpen(world.actors[key].id!), key).toBe(true)
    const beheerder = await createUser(payload, email('beheerder'), ['burger'])
    expect(await canOpen(beheerder.id)).toBe(false)
    const org = await payload.create({
      collection: 'organisaties',
      data: {
        naam: `Beheerd ${tag}`,
        status: 'actief',
        adressen: [{ straat: 'Meir', huisnummer: '2', postcode: '2000' }],
      },
      context: { systemWrite: true },
      depth: 0,
    })
    await payload.create({
      collection: 'fichebeheer',
      data: { gebruiker: beheerder.id, organisatie: org.id, status: 'goedgekeurd' },
      context: { systemWrite: true },
      depth: 0,
    })
    expect(await canOpen(beheerder.id)).toBe(true)
  })
})

describe('registering as zorgverlener', () => {
  const zorgverlenerFiche = async (regio: 'antwerpen' | 'oost-vlaanderen', riziv: string) =>
    payload.create({
      collection: 'zorgverleners',
      data: {
        voornaam: 'Marc',
        achternaam: `Boons ${++counter}`,
        beroepen: ['huisarts'],
        status: 'actief',
        rizivNummer: riziv,
        adressen: [
          regio === 'antwerpen'
            ? { straat: 'Meir', huisnummer: '9', postcode: '2000' }
            : { straat: 'Veldstraat', huisnummer: '9', postcode: '9000' },
        ],
      },
      context: { systemWrite: true },
      depth: 0,
    })

  it('links the account to the fiche only after the regiobeheerder of its region approves', async () => {
    const riziv = '10000000004'
    const fiche = await zorgverlenerFiche('antwerpen', riziv)
    const address = email('dokter')
    const { user, token } = await (async () => {
      expect(
        (await register(address, { zorgverlener: 'ja', rizivNummer: '1-00000-00-004' })).status,
      ).toBe(200)
      await openLink(linkIn(await lastMailTo(address), '/account/bevestigen'))
      const u = (
        await payload.find({ collection: 'users', where: { email: { equals: address } }, depth: 0 })
      ).docs[0]
      return { user: u, token: await login(address, WACHTWOORD) }
    })()
    try {
      expect(user.zorgverlenerStatus).toBe('aangevraagd')
      // The regional team of the fiche's region hears of it; the other region does not.
      const announced = await lastMailTo(world.actors.regiobeheerder.email!)
      expect(announced.subject).toBe('Nieuwe aanvraag als zorgverlener: Jan Peeters')
      expect(announced.text).toContain(`/admin/collections/users/${user.id}`)
      expect(
        (await smtp.to(world.actors.regiobeheerderAndereRegio.email!)).filter((m) =>
          m.subject?.startsWith('Nieuwe aanvraag'),
        ),
      ).toHaveLength(0)
      expect(user.roles).toEqual(['burger'])
      expect(
        (await payload.findByID({ collection: 'zorgverleners', id: fiche.id, depth: 0 })).account ??
          null,
      ).toBeNull()
      // Its own approval does nothing.
      await rest('PATCH', `/users/${user.id}`, {
        token,
        body: { zorgverlenerStatus: 'goedgekeurd' },
      })
      expect(
        (await payload.findByID({ collection: 'users', id: user.id, depth: 0 })).zorgverlenerStatus,
      ).toBe('aangevraagd')

      // The regiobeheerder of another region does not see the request.
      const other = world.actors.regiobeheerderAndereRegio.token!
      expect([403, 404]).toContain(
        (await rest('GET', `/users/${user.id}`, { token: other })).status,
      )
      expect([403, 404]).toContain(
        (
          await rest('PATCH', `/users/${user.id}`, {
            token: other,
            body: { zorgverlenerStatus: 'goedgekeurd' },
          })
        ).status,
      )

      // The one of its region sees it and decides, but cannot touch anything else of the account.
      const regio = world.actors.regiobeheerder.token!
      expect((await rest('GET', `/users/${user.id}`, { token: regio })).status).toBe(200)
      const decided = await rest('PATCH', `/users/${user.id}`, {
        token: regio,
        body: { zorgverlenerStatus: 'goedgekeurd', naam: 'Veranderd' },
      })
      expect(decided.status, JSON.stringify(decided.body)).toBe(200)
      const after = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
      expect(after.roles).toEqual(['burger', 'zorgverlener'])
      expect(after.naam).toBe('Jan Peeters')
      expect(
        (await payload.findByID({ collection: 'zorgverleners', id: fiche.id, depth: 0 })).account,
      ).toBe(user.id)
      expect((await lastMailTo(address)).subject).toBe(
        'Uw account is gekoppeld aan uw zorgverlenersfiche',
      )
      expect(
        (
          await rest('PATCH', `/users/${user.id}`, {
            token: regio,
            body: { password: 'overgenomen-1' },
          })
        ).status,
      ).toBe(403)
    } finally {
      // Other test files count the accounts a regiobeheerder of Antwerpen sees.
      await payload.delete({ collection: 'users', id: user.id })
    }
  })
})
