import { describe, expect, it, beforeAll } from 'vitest'

import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { buildWorld, type World } from './helpers/world'
import { makeFactories } from './helpers/factories'

let world: World

beforeAll(async () => {
  world = await buildWorld(await testPayload(), 'smoke')
})

describe('smoke', () => {
  it('a visitor reads an active organisatie through the REST API', async () => {
    const f = makeFactories(world)
    const org = await f.organisatie('antwerpen')
    const res = await rest('GET', `/organisaties/${org.id}`)
    expect(res.status).toBe(200)
    expect(res.body.regio).toBeTruthy()
    console.log(JSON.stringify(res.body).slice(0, 800))
  })
})
