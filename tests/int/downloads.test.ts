import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as downloadGET } from '../../app/(frontend)/account/downloads/[token]/route'
import { poolOf } from '@/db/pool'
import { loadFiches } from '@/downloads/source'
import { createJob, type DownloadRow } from '@/downloads/jobs'
import { pruneDownloads, processDownloads } from '@/downloads/worker'

import { postJson } from './helpers/account-forms'
import { errorsOf, type GraphqlAnswer } from './helpers/answers'
import { linkIn, sendQueuedMail, TestSmtp } from './helpers/mail'
import { testPayload } from './helpers/payload'
import { login, rest } from './helpers/rest'
import { syncSearch } from './helpers/search'
import { buildWorld, createUser, PASSWORD, type RoleKey, type World } from './helpers/world'

let payload: Payload
let world: World
let orgId: number
let aanbodId: number
let telefoon: string
const smtp = new TestSmtp()
const ORG_NAAM = 'Dwnldtest Café "De Zon"; Zuid'
const cookie = (token?: string) => (token ? `payload-token=${token}` : undefined)
const cookieOf = (key: RoleKey) => cookie(world.actors[key].token)

async function haal(url: string, sessie?: string, accept = '*/*') {
  const headers = new Headers({ Host: 'localhost:3000', Accept: accept })
  if (sessie) headers.set('Cookie', sessie)
  const token = new URL(url, 'http://localhost:3000').pathname.split('/').pop()!
  const response = await downloadGET(
    new Request(new URL(url, 'http://localhost:3000'), { headers }),
    { params: Promise.resolve({ token }) },
  )
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  }
}

const rijVan = async (id: number | string) =>
  (await poolOf(payload).query<DownloadRow>('SELECT * FROM downloads WHERE id = $1', [id])).rows[0]
const laatsteVan = async (userId: number) =>
  (
    await poolOf(payload).query<DownloadRow>(
      'SELECT * FROM downloads WHERE eigenaar_id = $1 ORDER BY id DESC LIMIT 1',
      [userId],
    )
  ).rows[0]

/** Requests a download as `key`, runs the worker once and returns the finished row and its mail. */
async function download(
  sessie: string | undefined,
  userId: number,
  formaat: 'csv' | 'xlsx',
  zoekopdracht = 'q=Dwnldtest',
) {
  const answer = await postJson('download', { formaat, zoekopdracht }, sessie)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  await processDownloads(payload)
  const rij = await laatsteVan(userId)
  expect(rij.status).toBe('klaar')
  const before = (await smtp.mails()).length
  await sendQueuedMail(payload, smtp)
  const { rows } = await poolOf(payload).query('SELECT email FROM users WHERE id = $1', [userId])
  const mail = (await smtp.mails())
    .slice(before)
    .find(
      (m) => m.subject?.includes('Uw download is klaar') && m.envelopeTo.includes(rows[0].email),
    )!
  expect(mail, 'de mail aan de eigenaar').toBeDefined()
  return { rij, mail }
}

afterAll(async () => {
  await smtp.stop()
})

beforeAll(async () => {
  process.env.DOWNLOADS_DIR = await mkdtemp(path.join(tmpdir(), 'downloads-test-'))
  await smtp.start()
  payload = await testPayload()
  world = await buildWorld(payload, 'downloads')
  const ctx = { systemWrite: true }
  const org = await payload.create({
    collection: 'organisaties',
    context: ctx,
    data: {
      naam: ORG_NAAM,
      status: 'actief',
      adressen: [
        { straat: 'Sint-Jansplein', huisnummer: '3', bus: 'B', postcode: '2000', primair: true },
      ],
      telefoons: [{ nummer: '+32 3 201 23 45' }],
      emails: [{ adres: 'info@dezon.test' }],
      websites: [{ url: 'https://dezon.test' }],
      laatstGewijzigdDoor: 'INTERN-MERK-0815',
    },
  })
  orgId = org.id
  telefoon = (org as { telefoons: { nummer: string }[] }).telefoons[0].nummer
  expect(telefoon).toMatch(/^\+32/)
  const aanbod = await payload.create({
    collection: 'aanbod',
    context: ctx,
    data: {
      naam: 'Dwnldtest Één ontmoeting',
      organisatie: orgId,
      rubrieken: [world.rubriek],
      status: 'actief',
      openingsuren: {
        weekschema: [{ dag: 'ma', opent: '09:00', sluit: '12:00' }],
        uitzonderingen: [],
        feestdagen: 'gesloten',
      },
    },
  })
  aanbodId = aanbod.id
  await payload.create({
    collection: 'organisaties',
    context: ctx,
    data: {
      naam: 'Dwnldtest gestopt',
      status: 'stopgezet',
      adressen: [{ straat: 'Meir', huisnummer: '1', postcode: '2000' }],
    },
  })
  await syncSearch(payload)
}, 240_000)

describe('asking for a download', () => {
  it('needs a logged-in account', async () => {
    const answer = await postJson('download', { formaat: 'csv', zoekopdracht: 'q=Dwnldtest' })
    expect(answer.status).toBe(401)
  })

  it('answers 400 naming the field for a wrong format or a wrong search', async () => {
    const formaat = await postJson(
      'download',
      { formaat: 'pdf', zoekopdracht: 'q=Dwnldtest' },
      cookieOf('zorgverlener'),
    )
    expect(formaat.status).toBe(400)
    expect(errorsOf(formaat)[0].field).toBe('formaat')
    const afstand = await postJson(
      'download',
      { formaat: 'csv', zoekopdracht: 'q=x&afstand=ver' },
      cookieOf('zorgverlener'),
    )
    expect(afstand.status).toBe(400)
    expect(errorsOf(afstand)[0].field).toBe('zoekopdracht.afstand')
    const geenTekst = await postJson(
      'download',
      { formaat: 'csv', zoekopdracht: 42 },
      cookieOf('zorgverlener'),
    )
    expect(geenTekst.status).toBe(400)
    expect(errorsOf(geenTekst)[0].field).toBe('zoekopdracht')
    expect(await laatsteVan(world.actors.zorgverlener.id!)).toBeUndefined()
  })

  it('lets one account have at most two downloads waiting at once', async () => {
    const user = await createUser(payload, 'veel.downloads@test.be', ['burger'])
    const sessie = cookie(await login('veel.downloads@test.be', PASSWORD))
    expect(
      (await postJson('download', { formaat: 'csv', zoekopdracht: 'q=Dwnldtest' }, sessie)).status,
    ).toBe(200)
    expect(
      (await postJson('download', { formaat: 'xlsx', zoekopdracht: 'q=Dwnldtest' }, sessie)).status,
    ).toBe(200)
    const derde = await postJson(
      'download',
      { formaat: 'csv', zoekopdracht: 'q=Dwnldtest' },
      sessie,
    )
    expect(derde.status).toBe(429)
    await processDownloads(payload)
    expect(
      (await postJson('download', { formaat: 'csv', zoekopdracht: 'q=Dwnldtest' }, sessie)).status,
    ).toBe(200)
    await processDownloads(payload)
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
  })
})

describe('a finished CSV download', () => {
  let rij: DownloadRow
  let link: URL

  beforeAll(async () => {
    const done = await download(cookieOf('burger'), world.actors.burger.id!, 'csv')
    rij = done.rij
    expect(done.mail.to && 'value' in done.mail.to ? done.mail.to.value[0].address : '').toBe(
      world.actors.burger.email,
    )
    link = linkIn(done.mail, '/account/downloads/')
  })

  it('records its progress and is announced by a mail with a link that works for 7 days', async () => {
    expect(rij.gedaan).toBe(2)
    expect(rij.totaal).toBe(2)
    const dagen = (new Date(rij.verloopt_op).getTime() - Date.now()) / 86_400_000
    expect(dagen).toBeGreaterThan(6.9)
    expect(dagen).toBeLessThanOrEqual(7)
    expect(link.pathname).toBe(`/account/downloads/${rij.token}`)
  })

  it('is stored outside public/ and gives its owner the public data as RFC 4180 CSV with a BOM', async () => {
    expect(rij.bestand?.startsWith(process.env.DOWNLOADS_DIR!)).toBe(true)
    const antwoord = await haal(link.pathname, cookieOf('burger'))
    expect(antwoord.status).toBe(200)
    expect(antwoord.headers.get('content-type')).toContain('text/csv')
    expect(antwoord.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/)
    const tekst = antwoord.body.toString('utf8')
    expect(tekst.startsWith('\uFEFF')).toBe(true)
    expect(tekst).toContain('"Dwnldtest Café ""De Zon""; Zuid"')
    expect(tekst).toContain('\r\n')
    const rijen: string[][] = parse(antwoord.body, { bom: true, delimiter: ';' })
    expect(rijen[0]).toEqual([
      'Type',
      'Naam',
      'Ouder',
      'Rubrieken',
      'Adres(sen)',
      'Gemeente',
      'Telefoon',
      'E-mail',
      'Website',
      'Openingsuren',
      'URL',
    ])
    const org = rijen.find((r) => r[1] === ORG_NAAM)!
    expect(org[0]).toBe('Organisatie')
    expect(org[4]).toBe('Sint-Jansplein 3 bus B, 2000 Antwerpen')
    expect(org[5]).toBe('Antwerpen')
    expect(org[6]).toBe(telefoon)
    expect(org[7]).toBe('info@dezon.test')
    expect(org[8]).toBe('https://dezon.test')
    expect(org[10]).toMatch(new RegExp(`^/organisaties/.+-${orgId}$`))
    const aanbod = rijen.find((r) => r[1] === 'Dwnldtest Één ontmoeting')!
    expect(aanbod[2]).toBe(ORG_NAAM)
    expect(aanbod[3]).not.toBe('')
    expect(aanbod[9].split('\n').slice(0, 2)).toEqual(['maandag 09:00–12:00', 'dinsdag gesloten'])
    expect(aanbod[10]).toContain(`-${aanbodId}`)
    expect(rijen.some((r) => r[1] === 'Dwnldtest gestopt')).toBe(false)
    expect(tekst).not.toContain('INTERN-MERK-0815')
    expect(rijen).toHaveLength(3)
  })

  for (const key of [
    'zorgverlener',
    'fichebeheerder',
    'regiobeheerder',
    'redacteur',
    'admin',
  ] as const) {
    it(`is "not found" for ${key === 'admin' ? 'an admin' : `a ${key}`}`, async () => {
      expect((await haal(link.pathname, cookieOf(key))).status).toBe(404)
    })
  }

  it('is "not found" for a visitor without a session, and a browser is sent to the login form', async () => {
    expect((await haal(link.pathname)).status).toBe(404)
    const browser = await haal(link.pathname, undefined, 'text/html')
    expect(browser.status).toBe(303)
    expect(browser.headers.get('location')).toBe(
      `/account/aanmelden?volgende=${encodeURIComponent(link.pathname)}`,
    )
  })

  it('is "not found" with a guessed token', async () => {
    expect((await haal(`/account/downloads/${'A'.repeat(32)}`, cookieOf('burger'))).status).toBe(
      404,
    )
  })

  it('cannot be seen through REST or GraphQL by anyone, the admin included', async () => {
    for (const key of ['burger', 'admin'] as const) {
      expect((await rest('GET', '/downloads', { token: world.actors[key].token })).status).toBe(404)
      expect(
        (await rest('GET', `/downloads/${rij.id}`, { token: world.actors[key].token })).status,
      ).toBe(404)
      const gql = await rest<GraphqlAnswer | null>('POST', '/graphql', {
        token: world.actors[key].token,
        body: { query: '{ Downloads { docs { id } } }' },
      })
      expect(JSON.stringify(gql.body)).not.toContain(rij.token)
      // No such type in the schema: the query is refused outright (or GraphQL is off altogether).
      expect(gql.body?.data?.Downloads).toBeUndefined()
      expect(gql.status === 404 || gql.status === 400 || (gql.body?.errors?.length ?? 0) > 0).toBe(
        true,
      )
    }
  })

  it('stops working when the link has expired, and the clean-up removes file and row', async () => {
    await poolOf(payload).query(
      `UPDATE downloads SET verloopt_op = now() - interval '1 second' WHERE id = $1`,
      [rij.id],
    )
    expect((await haal(link.pathname, cookieOf('burger'))).status).toBe(404)
    expect(existsSync(rij.bestand ?? '')).toBe(true)
    await pruneDownloads(payload)
    expect(existsSync(rij.bestand ?? '')).toBe(false)
    expect(await rijVan(rij.id)).toBeUndefined()
  })
})

describe('a finished XLSX download', () => {
  it('holds the same columns and values, accents and line breaks intact', async () => {
    const { rij, mail } = await download(cookieOf('burger'), world.actors.burger.id!, 'xlsx')
    const antwoord = await haal(linkIn(mail, '/account/downloads/').pathname, cookieOf('burger'))
    expect(antwoord.status).toBe(200)
    expect(antwoord.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const boek = new ExcelJS.Workbook()
    await boek.xlsx.load(new Uint8Array(antwoord.body).buffer)
    const blad = boek.worksheets[0]
    const waarden = (n: number) =>
      (blad.getRow(n).values as (ExcelJS.CellValue | undefined)[])
        .slice(1)
        .map((v) =>
          v === undefined || v === null
            ? ''
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v),
        )
    expect(waarden(1)[1]).toBe('Naam')
    const rijen = [2, 3].map(waarden)
    const org = rijen.find((r) => r[1] === ORG_NAAM)!
    expect(org[6]).toBe(telefoon)
    const aanbod = rijen.find((r) => r[1] === 'Dwnldtest Één ontmoeting')!
    expect(aanbod[9]).toContain('maandag 09:00–12:00\ndinsdag gesloten')
    expect(blad.rowCount).toBe(3)
    expect(rij.formaat).toBe('xlsx')
  })
})

describe('the making of a file', () => {
  const jobVan = async (downloadId: number) =>
    (
      await poolOf(payload).query(
        `SELECT * FROM queue_jobs WHERE queue = 'download' AND (payload->>'downloadId')::bigint = $1`,
        [downloadId],
      )
    ).rows[0]
  const maak = (bron: Parameters<typeof createJob>[1]['bron']) =>
    createJob(poolOf(payload), {
      eigenaarId: world.actors.zorgverlener.id!,
      formaat: 'csv',
      titel: 'Test',
      bron,
      site: 'http://localhost:3000',
    })

  it('is queued with the request, in the same transaction', async () => {
    const job = await maak({ soort: 'fiches', refs: [{ soort: 'organisatie', id: orgId }] })
    if (job === 'te-veel') throw new Error('te veel downloads')
    expect(await jobVan(job.id)).toMatchObject({ status: 'waiting', attempts: 0 })
    await processDownloads(payload)
    expect((await rijVan(job.id)).status).toBe('klaar')
    expect((await jobVan(job.id)).status).toBe('done')
  })

  it('is tried three times when it fails, then its owner sees "mislukt"', async () => {
    // A search that no longer parses: every attempt fails the same way.
    const job = await maak({ soort: 'zoekopdracht', zoekopdracht: 'afstand=ver' })
    if (job === 'te-veel') throw new Error('te veel downloads')
    for (let poging = 1; poging <= 3; poging++) {
      await processDownloads(payload)
      const rij = await rijVan(job.id)
      expect(rij.status).toBe(poging < 3 ? 'wachtrij' : 'mislukt')
      expect(await jobVan(job.id)).toMatchObject({
        status: poging < 3 ? 'waiting' : 'failed',
        attempts: poging,
      })
      // The retry waits 30 s, then 60 s: here it is due at once.
      await poolOf(payload).query(
        `UPDATE queue_jobs SET available_at = now() WHERE queue = 'download' AND status = 'waiting'`,
      )
    }
    expect((await rijVan(job.id)).fout).toBe('Het bestand kon niet gemaakt worden.')
    expect((await jobVan(job.id)).last_error).toMatch(/Ongeldige zoekopdracht/)
  })

  it('is made by another worker when the process making it died', async () => {
    const job = await maak({ soort: 'fiches', refs: [{ soort: 'organisatie', id: orgId }] })
    if (job === 'te-veel') throw new Error('te veel downloads')
    // A process took it, marked the row "bezig" and died: its lease still runs for a while.
    await poolOf(payload).query(
      `UPDATE downloads SET status = 'bezig', gestart_op = now() WHERE id = $1`,
      [job.id],
    )
    await poolOf(payload).query(
      `UPDATE queue_jobs SET status = 'running', attempts = 1, locked_until = now() + interval '2 minutes' WHERE queue = 'download' AND (payload->>'downloadId')::bigint = $1`,
      [job.id],
    )
    expect(await processDownloads(payload)).toBe(0)
    expect((await rijVan(job.id)).status).toBe('bezig')
    await poolOf(payload).query(
      `UPDATE queue_jobs SET locked_until = now() WHERE queue = 'download' AND (payload->>'downloadId')::bigint = $1`,
      [job.id],
    )
    expect(await processDownloads(payload)).toBe(1)
    expect((await rijVan(job.id)).status).toBe('klaar')
    expect(await jobVan(job.id)).toMatchObject({ status: 'done', attempts: 2 })
  })
})

describe('deleting the account', () => {
  it('removes its downloads: the row at once, the file at the next clean-up', async () => {
    const user = await createUser(payload, 'weg.downloads@test.be', ['burger'])
    const { rij } = await download(
      cookie(await login('weg.downloads@test.be', PASSWORD)),
      user.id,
      'csv',
    )
    expect(existsSync(rij.bestand ?? '')).toBe(true)
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    expect(await rijVan(rij.id)).toBeUndefined()
    await pruneDownloads(payload)
    expect(existsSync(rij.bestand ?? '')).toBe(false)
  })
})

describe('a list of fiche references as source', () => {
  it('reads the public data in the given order and leaves out fiches that are not public', async () => {
    const fiches = await loadFiches(payload, [
      { soort: 'aanbod', id: aanbodId },
      { soort: 'organisatie', id: orgId },
      { soort: 'organisatie', id: 999_999 },
    ])
    expect(fiches.map((f) => f.naam)).toEqual(['Dwnldtest Één ontmoeting', ORG_NAAM])
  })
})
