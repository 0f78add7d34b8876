import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildScopes, type Scope } from './access/cases'
import type { DocAnswer, ListAnswer } from './helpers/answers'
import { makeFactories } from './helpers/factories'
import { testPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { buildWorld, ROLE_KEYS, ROLE_NAMES, type World } from './helpers/world'

/**
 * Every role x every collection x create/read/update/delete x kind of target, through the REST API
 * with real logins. An allowed case must succeed and take effect; a denied one must be refused
 * (403 or 404) and leave the database as it was.
 */
let world: World
let asserted = 0
const scopes = buildScopes()

beforeAll(async () => {
  world = await buildWorld(await testPayload(), 'matrix')
  // The zorgverlener of the matrix already has its own fiche, so it may not make a second one.
  await makeFactories(world).zorgverlener('antwerpen', { account: world.actors.zorgverlener.id! })
}, 120_000)

afterAll(() => {
  console.log(
    `access matrix: ${asserted} cases asserted over ${new Set(scopes.map((s) => s.collection)).size} collections and ${ROLE_KEYS.length} roles`,
  )
})

const exists = async (collection: string, id: number) =>
  Boolean(
    await world.payload.findByID({
      collection: collection as 'organisaties',
      id,
      depth: 0,
      disableErrors: true,
      draft: true,
    }),
  )

const valueOf = async (collection: string, id: number, field: string): Promise<unknown> => {
  const fields: [string, unknown][] = Object.entries(
    await world.payload.findByID({
      collection: collection as 'organisaties',
      id,
      depth: 0,
      draft: true,
    }),
  )
  return fields.find(([name]) => name === field)?.[1]
}

const runCase = async (scope: Scope, role: (typeof ROLE_KEYS)[number]) => {
  const prepared = await scope.prepare(role, world)
  const allowed = scope.allowed.includes(role)
  const { actor, id } = prepared
  const token = actor.token
  const denied = (status: number) =>
    expect([403, 404], `expected a refusal, got ${status}`).toContain(status)

  if (scope.op === 'read') {
    const response = await rest<{ id?: number }>('GET', `/${scope.collection}/${id}`, {
      token,
      query: 'depth=0',
    })
    if (allowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(response.body.id).toBe(id)
    } else {
      denied(response.status)
      expect(response.body?.id).toBeUndefined()
      // Lists must not leak it either.
      const list = await rest<ListAnswer>('GET', `/${scope.collection}`, {
        token,
        query: `where[id][equals]=${id}&depth=0`,
      })
      expect(list.status === 403 || list.body.docs.length === 0).toBe(true)
    }
  }

  if (scope.op === 'create') {
    const response = await rest<Partial<DocAnswer>>('POST', `/${scope.collection}`, {
      token,
      body: prepared.body,
      form: prepared.form,
    })
    if (allowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(response.body.doc && (await exists(scope.collection, response.body.doc.id))).toBe(true)
    } else {
      expect(response.status, JSON.stringify(response.body)).toBe(403)
      expect(response.body.doc).toBeUndefined()
    }
  }

  if (scope.op === 'update') {
    const { field, value } = scope.change!
    const before = await valueOf(scope.collection, id!, field)
    const response = await rest('PATCH', `/${scope.collection}/${id}`, {
      token,
      body: { [field]: value },
    })
    const after = await valueOf(scope.collection, id!, field)
    if (allowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(after).toEqual(value)
    } else {
      denied(response.status)
      expect(after).toEqual(before)
    }
  }

  if (scope.op === 'delete') {
    const response = await rest('DELETE', `/${scope.collection}/${id}`, { token })
    if (allowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(await exists(scope.collection, id!)).toBe(false)
    } else {
      denied(response.status)
      expect(await exists(scope.collection, id!)).toBe(true)
    }
  }
  asserted++
}

for (const collection of [...new Set(scopes.map((scope) => scope.collection))]) {
  describe(`access to ${collection}`, () => {
    for (const scope of scopes.filter((s) => s.collection === collection)) {
      for (const role of scope.roles ?? ROLE_KEYS) {
        const verb = scope.allowed.includes(role) ? 'can' : 'cannot'
        it(`${ROLE_NAMES[role]} ${verb} ${scope.op} ${scope.what}`, () => runCase(scope, role))
      }
    }
  })
}
