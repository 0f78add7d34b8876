import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FORWARDS_PER_HOUR } from '@/domain/forward'

import { postJson } from './helpers/account-forms'
import { errorsOf } from './helpers/answers'
import { sendQueuedMail, TestSmtp } from './helpers/mail'
import { testPayload } from './helpers/payload'
import { login, rest } from './helpers/rest'
import { buildWorld, createUser, PASSWORD } from './helpers/world'

let payload: Payload
let orgId: number
let gestoptId: number
let sessie: string
const smtp = new TestSmtp()
const NOTITIE = 'Privé: mevrouw Janssens belt liever na 17 uur.'

const stuur = (velden: Record<string, unknown>, cookie: string | null = sessie) =>
  postJson(
    'doorsturen',
    {
      soort: 'organisatie',
      id: String(orgId),
      adressen: 'een@ontvanger.test',
      bericht: '',
      ...velden,
    },
    cookie ?? undefined,
  )

afterAll(async () => {
  await smtp.stop()
})

beforeAll(async () => {
  await smtp.start()
  payload = await testPayload()
  await buildWorld(payload, 'doorsturen')
  const ctx = { systemWrite: true }
  const org = await payload.create({
    collection: 'organisaties',
    context: ctx,
    data: {
      naam: 'Doorstuurtest Huis van het Kind',
      status: 'actief',
      adressen: [{ straat: 'Meir', huisnummer: '12', postcode: '2000' }],
      emails: [{ adres: 'onthaal@huisvanhetkind.test' }],
      websites: [{ url: 'https://huisvanhetkind.test' }],
      laatstGewijzigdDoor: 'INTERN-MEDEWERKER-4711',
      bronnen: [{ veld: 'kboNummer', bron: 'kbo', referentie: 'BRON-REF-GEHEIM-99' }],
    },
  })
  orgId = org.id
  gestoptId = (
    await payload.create({
      collection: 'organisaties',
      context: ctx,
      data: {
        naam: 'Doorstuurtest gestopt',
        status: 'stopgezet',
        adressen: [{ straat: 'Meir', huisnummer: '1', postcode: '2000' }],
      },
    })
  ).id
  const user = await createUser(payload, 'doorsturen.afzender@test.be', ['burger'])
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { naam: 'Sara Doorstuur' },
    overrideAccess: true,
  })
  const token = await login('doorsturen.afzender@test.be', PASSWORD)
  sessie = `payload-token=${token}`
  const notitie = await rest('POST', '/notities', {
    token,
    body: { ficheSoort: 'organisatie', ficheId: orgId, tekst: NOTITIE },
  })
  expect(notitie.status).toBe(201)
}, 240_000)

describe('forwarding a fiche', () => {
  it('needs a logged-in account', async () => {
    expect((await stuur({}, null)).status).toBe(401)
  })

  it('answers 400 naming the field for missing, too many or wrong addresses, a long message or an unknown fiche', async () => {
    const geval = async (velden: Record<string, unknown>, veld: string) => {
      const answer = await stuur(velden)
      expect(answer.status, JSON.stringify(velden)).toBe(400)
      expect(errorsOf(answer).map((e) => e.field)).toContain(veld)
    }
    await geval({ adressen: '' }, 'adressen')
    await geval(
      { adressen: 'a@x.test, b@x.test, c@x.test, d@x.test, e@x.test, f@x.test' },
      'adressen',
    )
    await geval({ adressen: 'een@ontvanger.test, geen-adres' }, 'adressen')
    await geval({ bericht: 'x'.repeat(501) }, 'bericht')
    await geval({ soort: 'rubriek' }, 'soort')
    await geval({ id: 'abc' }, 'id')
  })

  it('refuses a fiche that is not public', async () => {
    const answer = await stuur({ id: String(gestoptId) })
    expect(answer.status).toBe(404)
    expect(errorsOf(answer)[0].field).toBe('id')
  })

  it("mails each address separately with the fiche's public data, link and message, and nothing private", async () => {
    const before = (await smtp.mails()).length
    const answer = await stuur({
      adressen: 'Ann@Ontvanger.test; bert@ontvanger.test',
      bericht: 'Hallo Ann,\nDit kan je helpen. Groetjes',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    await sendQueuedMail(payload, smtp)
    // Other test files may have left mails in the shared queue: only the forwarded ones count here.
    const mails = (await smtp.mails())
      .slice(before)
      .filter((m) => m.subject?.includes('stuurt u een fiche door'))
    expect(mails.map((m) => m.envelopeTo).sort()).toEqual([
      ['ann@ontvanger.test'],
      ['bert@ontvanger.test'],
    ])
    for (const mail of mails) {
      expect(mail.subject).toBe(
        'Sara Doorstuur stuurt u een fiche door: Doorstuurtest Huis van het Kind',
      )
      expect(mail.replyTo?.text).toContain('doorsturen.afzender@test.be')
      const text = mail.text ?? ''
      expect(text).toContain('Dit kan je helpen. Groetjes')
      expect(text).toContain('Adres: Meir 12, 2000 Antwerpen')
      expect(text).toContain('E-mail: onthaal@huisvanhetkind.test')
      expect(text).toMatch(new RegExp(`https?://[^\\s]+/organisaties/[^\\s]+-${orgId}`))
      for (const part of [text, String(mail.html)]) {
        expect(part).not.toContain('17 uur')
        expect(part).not.toContain('INTERN-MEDEWERKER-4711')
        expect(part).not.toContain('BRON-REF-GEHEIM-99')
      }
    }
  })

  it('escapes a message that holds HTML', async () => {
    const before = (await smtp.mails()).length
    expect((await stuur({ bericht: '<script>alert(1)</script> <b>vet</b>' })).status).toBe(200)
    await sendQueuedMail(payload, smtp)
    const [mail] = (await smtp.mails())
      .slice(before)
      .filter((m) => m.subject?.includes('stuurt u een fiche door'))
    expect(String(mail.html)).not.toContain('<script>')
    expect(String(mail.html)).toContain('&lt;script&gt;')
  })

  it(`stops after ${FORWARDS_PER_HOUR} forwards in an hour for one account, not for another`, async () => {
    const user = await createUser(payload, 'doorsturen.veel@test.be', ['burger'])
    const veel = `payload-token=${await login('doorsturen.veel@test.be', PASSWORD)}`
    for (let i = 0; i < FORWARDS_PER_HOUR; i++) expect((await stuur({}, veel)).status).toBe(200)
    const te = await stuur({}, veel)
    expect(te.status).toBe(429)
    expect(errorsOf(te)[0].field).toBe('adressen')
    expect((await stuur({})).status).toBe(200)
    // An hour later the account may forward again.
    await payload.db.drizzle.execute(
      `UPDATE doorgestuurd SET created_at = now() - interval '61 minutes' WHERE afzender_id = ${user.id}`,
    )
    expect((await stuur({}, veel)).status).toBe(200)
  })
})
