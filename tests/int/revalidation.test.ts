import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ficheUrl } from '@/domain/fiche-url'
import { ficheTag, type ToRevalidate } from '@/domain/revalidation'
import type { Handleiding } from '@/payload-types'
import { pageRevalidation } from '@/revalidation/after-sync'
import { getSearchEngine, poolOf } from '@/search/engine'
import { queueStatusOf } from '@/queue/status'
import { drainSearchQueue } from '@/search/sync/worker'

import { testPayload } from './helpers/payload'
import { createSearchFixture, type SearchFixture } from './helpers/search-fixture'
import { resetSearch } from './helpers/search'
import { buildWorld } from './helpers/world'

let payload: Payload
let fx: SearchFixture
const ctx = { systemWrite: true }
let gevraagd: ToRevalidate[] = []
let serverWeg = false

// The worker's real page step, with the HTTP call to the server replaced by a recorder.
const naSync = pageRevalidation(
  () => 'http://server.test',
  async (_origin, werk) => {
    if (serverWeg) throw new Error('server niet bereikbaar')
    gevraagd.push(werk)
  },
)
const sync = () => drainSearchQueue(poolOf(payload), getSearchEngine(payload), 200, naSync)
const paden = () => new Set(gevraagd.flatMap((w) => w.paden))
const layouts = () => new Set(gevraagd.flatMap((w) => w.layouts))
const tags = () => new Set(gevraagd.flatMap((w) => w.tags))

beforeAll(async () => {
  payload = await testPayload()
  await buildWorld(payload, 'revalidatie')
  await resetSearch(payload)
  fx = await createSearchFixture(payload)
  await sync()
}, 120_000)

beforeEach(async () => {
  await sync()
  gevraagd = []
  serverWeg = false
})

afterAll(async () => {
  serverWeg = false
  await sync()
})

describe('a change revalidates exactly the pages that show it', () => {
  it('a renamed praktijk: its own page under the new name, its aanbod and the zorgverleners working there', async () => {
    await payload.update({
      collection: 'praktijken',
      id: fx.beweeg.id,
      data: { naam: 'Praktijk Beweeg & Herstel' },
      context: ctx,
    })
    await sync()
    expect(paden()).toEqual(
      new Set([
        ficheUrl('praktijk', fx.beweeg.id, 'Praktijk Beweeg & Herstel'),
        ficheUrl('aanbod', fx.kineAanHuis.id, fx.kineAanHuis.naam),
        ficheUrl('zorgverlener', fx.janssens.id, 'Jan Janssens'),
      ]),
    )
    expect(layouts().size).toBe(0)
  })

  it('a changed aanbod: its page, its parent and its zorgverlener, not the other aanbod of that parent', async () => {
    await payload.update({
      collection: 'aanbod',
      id: fx.dieet.id,
      data: { doelgroepToelichting: 'Ook voor sporters' },
      context: ctx,
    })
    await sync()
    expect(paden()).toEqual(
      new Set([
        ficheUrl('aanbod', fx.dieet.id, fx.dieet.naam),
        ficheUrl('praktijk', fx.linde.id, fx.linde.naam),
        ficheUrl('zorgverlener', fx.claes.id, 'Sofie Claes'),
      ]),
    )
    expect(paden()).not.toContain(ficheUrl('aanbod', fx.consult.id, fx.consult.naam))
  })

  it('an aanbod moved to another parent refreshes both parents', async () => {
    await payload.update({
      collection: 'aanbod',
      id: fx.sport.id,
      data: { organisatie: fx.nottebohm.id },
      context: ctx,
    })
    await sync()
    expect(paden()).toContain(ficheUrl('organisatie', fx.vitaal.id, fx.vitaal.naam))
    expect(paden()).toContain(ficheUrl('organisatie', fx.nottebohm.id, fx.nottebohm.naam))
    await payload.update({
      collection: 'aanbod',
      id: fx.sport.id,
      data: { organisatie: fx.vitaal.id },
      context: ctx,
    })
  })

  it('a renamed rubriek: every fiche that shows it, and no other', async () => {
    await payload.update({
      collection: 'rubrieken',
      id: fx.rubriek('81.04'),
      data: { naam: 'Apotheken met wachtdienst' },
    })
    await sync()
    expect(paden()).toContain(ficheUrl('aanbod', fx.apotheek.id, fx.apotheek.naam))
    expect(paden()).toContain(ficheUrl('organisatie', fx.apotheekOrg.id, fx.apotheekOrg.naam))
    expect(paden()).toContain('/')
    expect(paden()).not.toContain(ficheUrl('aanbod', fx.consult.id, fx.consult.naam))
    expect(paden()).not.toContain(ficheUrl('organisatie', fx.nottebohm.id, fx.nottebohm.naam))
  })

  it('every cached address of a changed fiche is reached through its tag, also after it was deleted', async () => {
    const weg = await payload.create({
      collection: 'organisaties',
      data: {
        naam: 'Dienst Die Verdwijnt',
        status: 'actief',
        adressen: [{ straat: 'Kouter', huisnummer: '9', postcode: '9000' }],
      },
      context: ctx,
    })
    await sync()
    expect(tags()).toContain(ficheTag('organisatie', weg.id))
    gevraagd = []
    await payload.delete({ collection: 'organisaties', id: weg.id, context: ctx })
    await sync()
    expect(tags()).toEqual(new Set([ficheTag('organisatie', weg.id)]))
    expect(paden()).not.toContain(ficheUrl('organisatie', weg.id, 'Dienst Die Verdwijnt'))
  })

  it('the home page only when the number of active fiches moved', async () => {
    await payload.update({
      collection: 'organisaties',
      id: fx.tandarts.id,
      data: { beschrijving: null },
      context: ctx,
    })
    await sync()
    expect(paden()).not.toContain('/')
    gevraagd = []
    const nieuw = await payload.create({
      collection: 'organisaties',
      data: {
        naam: 'CAW Revalidatie',
        status: 'actief',
        adressen: [{ straat: 'Kouter', huisnummer: '7', postcode: '9000' }],
      },
      context: ctx,
    })
    await sync()
    expect(paden()).toEqual(new Set(['/', ficheUrl('organisatie', nieuw.id, 'CAW Revalidatie')]))
  })

  it('published content refreshes the handleidingen and the FAQ; a draft refreshes nothing', async () => {
    const inhoud: Handleiding['inhoud'] = {
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [
          {
            type: 'paragraph',
            version: 1,
            format: '',
            indent: 0,
            direction: null,
            textFormat: 0,
            children: [
              {
                type: 'text',
                version: 1,
                text: 'Tekst',
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    }
    const concept = await payload.create({
      collection: 'handleidingen',
      data: { titel: 'Nog niet klaar', inhoud, doelpubliek: ['burger'], _status: 'draft' },
      draft: true,
    })
    await sync()
    expect(gevraagd).toEqual([])
    await payload.update({
      collection: 'handleidingen',
      id: concept.id,
      data: { _status: 'published' },
    })
    await sync()
    expect(layouts()).toEqual(new Set(['/(frontend)/handleidingen']))
    expect(paden()).toEqual(new Set(['/faq', '/handleidingen']))
  })
})

describe('no page is forgotten', () => {
  it('when the server cannot be reached, the change waits and is revalidated on the retry', async () => {
    serverWeg = true
    await payload.update({
      collection: 'organisaties',
      id: fx.vitaal.id,
      data: { naam: 'Sportclub Vitaal Gent' },
      context: ctx,
    })
    const eerste = await sync()
    expect(eerste.failed).toBeGreaterThan(0)
    const status = await queueStatusOf(poolOf(payload), 'search')
    expect(status.retrying).toBeGreaterThan(0)
    expect(status.lastError).toContain('server niet bereikbaar')
    serverWeg = false
    await poolOf(payload).query(
      `UPDATE queue_jobs SET available_at = clock_timestamp() WHERE queue = 'search' AND status = 'waiting'`,
    )
    await sync()
    expect(paden()).toContain(ficheUrl('organisatie', fx.vitaal.id, 'Sportclub Vitaal Gent'))
    expect(paden()).toContain(ficheUrl('aanbod', fx.sport.id, fx.sport.naam))
    expect((await queueStatusOf(poolOf(payload), 'search')).waiting).toBe(0)
  })
})
