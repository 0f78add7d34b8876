import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/seed/lexical'

import type { ListAnswer } from './helpers/answers'
import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { buildWorld, type World } from './helpers/world'

let world: World

beforeAll(async () => {
  world = await buildWorld(await testPayload(), 'planning')
}, 120_000)

const inhoud = lexicalParagraphs('Vanaf maandag geldig.')

const concept = async (slug: string) =>
  world.payload.create({
    collection: 'handleidingen',
    data: { titel: `Gepland ${slug}`, slug, inhoud, doelpubliek: ['burger'], _status: 'draft' },
    draft: true,
    depth: 0,
  })

/**
 * What the admin's "Publicatie plannen" drawer queues (see @payloadcms/ui schedulePublishHandler).
 * The drawer sends the document's id as text, which the generated input type does not allow.
 */
const plan = async (collection: 'handleidingen' | 'faq', id: number, over: number, door: number) =>
  world.payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + over),
    input: {
      type: 'publish',
      doc: { relationTo: collection, value: String(id) },
      user: { relationTo: 'users', value: door },
    },
    // eslint-disable-next-line no-restricted-syntax -- the drawer sends the id as text, which Payload's generated input type does not allow.
  } as never)

const publiek = async (slug: string) =>
  (
    await rest<ListAnswer>('GET', '/handleidingen', {
      query: `where[slug][equals]=${slug}&depth=0`,
    })
  ).body.docs.length

const wacht = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('scheduled publish of handleidingen and FAQ', () => {
  it('a draft scheduled a few seconds ahead stays hidden until its time, then the jobs queue publishes it', async () => {
    const slug = `gepland-${Date.now().toString(36)}`
    const doc = await concept(slug)
    await plan('handleidingen', doc.id, 2_500, world.actors.redacteur.id!)

    await world.payload.jobs.run({ queue: 'default' })
    expect(await publiek(slug)).toBe(0)
    expect(
      (await world.payload.findByID({ collection: 'handleidingen', id: doc.id, depth: 0 }))._status,
    ).toBe('draft')

    await wacht(3_000)
    await world.payload.jobs.run({ queue: 'default' })
    expect(await publiek(slug)).toBe(1)
    expect(
      (await world.payload.findByID({ collection: 'handleidingen', id: doc.id, depth: 0 }))._status,
    ).toBe('published')
  })

  it('an FAQ item can be scheduled the same way', async () => {
    const faq = await world.payload.create({
      collection: 'faq',
      data: {
        vraag: `Geplande vraag ${Date.now()}?`,
        antwoord: inhoud,
        doelpubliek: ['burger'],
        _status: 'draft',
      },
      draft: true,
      depth: 0,
    })
    await plan('faq', faq.id, 0, world.actors.redacteur.id!)
    await world.payload.jobs.run({ queue: 'default' })
    const { body } = await rest<{ vraag?: string }>('GET', `/faq/${faq.id}`)
    expect(body.vraag).toBe(faq.vraag)
  })

  it('a publish scheduled by someone who may not publish does not happen', async () => {
    const slug = `gepland-burger-${Date.now().toString(36)}`
    const doc = await concept(slug)
    await plan('handleidingen', doc.id, 0, world.actors.burger.id!)
    await world.payload.jobs.run({ queue: 'default' })
    expect(await publiek(slug)).toBe(0)
    expect(
      (await world.payload.findByID({ collection: 'handleidingen', id: doc.id, depth: 0 }))._status,
    ).toBe('draft')
  })

  it('only an admin may run the jobs queue over the API', async () => {
    expect((await rest('GET', '/payload-jobs/run')).status).toBe(401)
    expect(
      (await rest('GET', '/payload-jobs/run', { token: world.actors.burger.token })).status,
    ).toBe(401)
    expect(
      (await rest('GET', '/payload-jobs/run', { token: world.actors.redacteur.token })).status,
    ).toBe(401)
    expect(
      (await rest('GET', '/payload-jobs/run', { token: world.actors.admin.token })).status,
    ).toBe(200)
  })

  it('nobody reads the queued jobs over the API', async () => {
    const response = await rest('GET', '/payload-jobs', { token: world.actors.redacteur.token })
    expect([401, 403, 404]).toContain(response.status)
  })
})
