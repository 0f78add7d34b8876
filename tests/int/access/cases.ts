import sharp from 'sharp'

import {
  makeFactories,
  organisatieData,
  praktijkData,
  richText,
  zorgverlenerData,
} from '../helpers/factories'
import { login } from '../helpers/rest'
import {
  createUser,
  PASSWORD,
  ROLE_KEYS,
  type Actor,
  type RoleKey,
  type World,
} from '../helpers/world'

export type Op = 'read' | 'create' | 'update' | 'delete'

export type Prepared = {
  actor: Actor
  id?: number
  body?: Record<string, unknown>
  form?: FormData
}

export type Scope = {
  collection: string
  op: Op
  /** Words that finish "a burger can/cannot <op> ..." */
  what: string
  allowed: readonly RoleKey[]
  /** The roles this row applies to ("its own account" means nothing for a visitor); default all. */
  roles?: readonly RoleKey[]
  prepare: (role: RoleKey, world: World) => Promise<Prepared>
  /** For update: the field to change and how to read it back. */
  change?: { field: string; value: unknown }
}

const ALL = ROLE_KEYS
const LOGGED_IN = ROLE_KEYS.filter((role) => role !== 'visitor')
const A = (...roles: RoleKey[]) => roles

let serial = 0
const unique = () => `${Date.now().toString(36)}${++serial}`

const png = async () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer()

/** Table rows: who may do what, per collection and per kind of target. */
export const buildScopes = (): Scope[] => {
  const scopes: Scope[] = []
  const add = (scope: Scope) => scopes.push(scope)
  const as = (world: World, role: RoleKey) => world.actors[role]

  // Organisaties and praktijken share their rules; praktijken may also be created by a zorgverlener.
  for (const collection of ['organisaties', 'praktijken'] as const) {
    const noun = collection === 'organisaties' ? 'organisatie' : 'praktijk'
    const make = (world: World) => makeFactories(world)[noun]
    const data = collection === 'organisaties' ? organisatieData : praktijkData
    const selfCreators: RoleKey[] = collection === 'praktijken' ? ['zorgverlener'] : []
    const target =
      (
        regio: 'antwerpen' | 'oost-vlaanderen',
        options: { managed?: boolean; status?: 'actief' | 'stopgezet' | 'in_aanvraag' } = {},
      ) =>
      async (role: RoleKey, world: World) => {
        const doc = await make(world)(regio, {
          status: options.status,
          beheerder: options.managed ? world.actors.fichebeheerder.id! : undefined,
        })
        return { actor: as(world, role), id: doc.id }
      }
    add({
      collection,
      op: 'read',
      what: `an active ${noun} it manages`,
      allowed: ALL,
      prepare: target('antwerpen', { managed: true }),
    })
    add({
      collection,
      op: 'read',
      what: `an active ${noun} in Oost-Vlaanderen`,
      allowed: ALL,
      prepare: target('oost-vlaanderen'),
    })
    add({
      collection,
      op: 'read',
      what: `a stopped ${noun} in Antwerpen`,
      allowed: A('admin', 'regiobeheerder'),
      prepare: target('antwerpen', { status: 'stopgezet' }),
    })
    add({
      collection,
      op: 'read',
      what: `a pending ${noun} it manages`,
      allowed: A('admin', 'regiobeheerder', 'fichebeheerder'),
      prepare: target('antwerpen', { managed: true, status: 'in_aanvraag' }),
    })
    add({
      collection,
      op: 'read',
      what: `a pending ${noun} in Oost-Vlaanderen`,
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: target('oost-vlaanderen', { status: 'in_aanvraag' }),
    })
    add({
      collection,
      op: 'create',
      what: `a ${noun} in Antwerpen`,
      allowed: A('admin', 'regiobeheerder', ...selfCreators),
      prepare: async (role, world) => ({ actor: as(world, role), body: data('antwerpen') }),
    })
    add({
      collection,
      op: 'create',
      what: `a ${noun} in Oost-Vlaanderen`,
      allowed: A('admin', 'regiobeheerderAndereRegio', ...selfCreators),
      prepare: async (role, world) => ({ actor: as(world, role), body: data('oost-vlaanderen') }),
    })
    const change = { field: 'naam', value: 'Gewijzigde naam' }
    add({
      collection,
      op: 'update',
      what: `the ${noun} it manages`,
      allowed: A('admin', 'regiobeheerder', 'fichebeheerder'),
      prepare: target('antwerpen', { managed: true }),
      change,
    })
    add({
      collection,
      op: 'update',
      what: `another ${noun} in Antwerpen`,
      allowed: A('admin', 'regiobeheerder'),
      prepare: target('antwerpen'),
      change,
    })
    add({
      collection,
      op: 'update',
      what: `a ${noun} in Oost-Vlaanderen`,
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: target('oost-vlaanderen'),
      change,
    })
    add({
      collection,
      op: 'update',
      what: `a stopped ${noun} in Antwerpen`,
      allowed: A('admin', 'regiobeheerder'),
      prepare: target('antwerpen', { status: 'stopgezet' }),
      change,
    })
    add({
      collection,
      op: 'delete',
      what: `the ${noun} it manages`,
      allowed: A('admin', 'regiobeheerder'),
      prepare: target('antwerpen', { managed: true }),
    })
    add({
      collection,
      op: 'delete',
      what: `another ${noun} in Antwerpen`,
      allowed: A('admin', 'regiobeheerder'),
      prepare: target('antwerpen'),
    })
    add({
      collection,
      op: 'delete',
      what: `a ${noun} in Oost-Vlaanderen`,
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: target('oost-vlaanderen'),
    })
  }

  // Aanbod follows its parent: managed parent, another parent in the region, a parent elsewhere.
  {
    const parent = async (world: World, regio: 'antwerpen' | 'oost-vlaanderen', managed: boolean) =>
      (
        await makeFactories(world).organisatie(regio, {
          beheerder: managed ? world.actors.fichebeheerder.id! : undefined,
        })
      ).id
    const existing =
      (
        regio: 'antwerpen' | 'oost-vlaanderen',
        managed: boolean,
        status: 'actief' | 'stopgezet' = 'actief',
      ) =>
      async (role: RoleKey, world: World) => {
        const doc = await makeFactories(world).aanbod(
          { organisatie: await parent(world, regio, managed) },
          { status },
        )
        return { actor: as(world, role), id: doc.id }
      }
    const fresh =
      (regio: 'antwerpen' | 'oost-vlaanderen', managed: boolean) =>
      async (role: RoleKey, world: World) => ({
        actor: as(world, role),
        body: {
          naam: `Nieuw aanbod ${unique()}`,
          organisatie: await parent(world, regio, managed),
          rubrieken: [world.rubriek],
        },
      })
    const collection = 'aanbod'
    const change = { field: 'naam', value: 'Gewijzigd aanbod' }
    add({
      collection,
      op: 'read',
      what: 'active aanbod of an organisatie it manages',
      allowed: ALL,
      prepare: existing('antwerpen', true),
    })
    add({
      collection,
      op: 'read',
      what: 'active aanbod in Oost-Vlaanderen',
      allowed: ALL,
      prepare: existing('oost-vlaanderen', false),
    })
    add({
      collection,
      op: 'read',
      what: 'stopped aanbod of an organisatie it manages',
      allowed: A('admin', 'regiobeheerder', 'fichebeheerder'),
      prepare: existing('antwerpen', true, 'stopgezet'),
    })
    add({
      collection,
      op: 'read',
      what: 'stopped aanbod in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: existing('oost-vlaanderen', false, 'stopgezet'),
    })
    add({
      collection,
      op: 'create',
      what: 'aanbod for an organisatie it manages',
      allowed: A('admin', 'regiobeheerder', 'fichebeheerder'),
      prepare: fresh('antwerpen', true),
    })
    add({
      collection,
      op: 'create',
      what: 'aanbod for another organisatie in Antwerpen',
      allowed: A('admin', 'regiobeheerder'),
      prepare: fresh('antwerpen', false),
    })
    add({
      collection,
      op: 'create',
      what: 'aanbod for an organisatie in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: fresh('oost-vlaanderen', false),
    })
    add({
      collection,
      op: 'update',
      what: 'aanbod of an organisatie it manages',
      allowed: A('admin', 'regiobeheerder', 'fichebeheerder'),
      prepare: existing('antwerpen', true),
      change,
    })
    add({
      collection,
      op: 'update',
      what: "another organisation's aanbod in Antwerpen",
      allowed: A('admin', 'regiobeheerder'),
      prepare: existing('antwerpen', false),
      change,
    })
    add({
      collection,
      op: 'update',
      what: 'aanbod in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: existing('oost-vlaanderen', false),
      change,
    })
    add({
      collection,
      op: 'delete',
      what: 'aanbod of an organisatie it manages',
      allowed: A('admin', 'regiobeheerder'),
      prepare: existing('antwerpen', true),
    })
    add({
      collection,
      op: 'delete',
      what: "another organisation's aanbod in Antwerpen",
      allowed: A('admin', 'regiobeheerder'),
      prepare: existing('antwerpen', false),
    })
    add({
      collection,
      op: 'delete',
      what: 'aanbod in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: existing('oost-vlaanderen', false),
    })
  }

  // Zorgverleners: the own fiche belongs to a fresh zorgverlener account, so deleting it harms no other case.
  {
    const collection = 'zorgverleners'
    const own = async (role: RoleKey, world: World) => {
      const email = `zv.${unique()}@test.be`
      const user = await createUser(world.payload, email, ['zorgverlener'])
      const doc = await makeFactories(world).zorgverlener('antwerpen', { account: user.id })
      const actor =
        role === 'zorgverlener'
          ? { key: role, id: user.id, email, token: await login(email, PASSWORD) }
          : as(world, role)
      return { actor, id: doc.id }
    }
    const other =
      (regio: 'antwerpen' | 'oost-vlaanderen', status: 'actief' | 'in_aanvraag' = 'actief') =>
      async (role: RoleKey, world: World) => ({
        actor: as(world, role),
        id: (await makeFactories(world).zorgverlener(regio, { status })).id,
      })
    const fresh =
      (regio: 'antwerpen' | 'oost-vlaanderen') => async (role: RoleKey, world: World) => ({
        actor: as(world, role),
        body: zorgverlenerData(regio),
      })
    const beschrijving = { field: 'laatstGeverifieerd', value: '2026-11-01T00:00:00.000Z' }
    add({
      collection,
      op: 'read',
      what: 'its own active zorgverlenersfiche',
      allowed: ALL,
      prepare: own,
    })
    add({
      collection,
      op: 'read',
      what: 'an active zorgverlener in Oost-Vlaanderen',
      allowed: ALL,
      prepare: other('oost-vlaanderen'),
    })
    add({
      collection,
      op: 'read',
      what: 'a pending zorgverlener in Antwerpen',
      allowed: A('admin', 'regiobeheerder'),
      prepare: other('antwerpen', 'in_aanvraag'),
    })
    add({
      collection,
      op: 'create',
      what: 'a zorgverlenersfiche in Antwerpen (the zorgverlener already has its own)',
      allowed: A('admin', 'regiobeheerder'),
      prepare: fresh('antwerpen'),
    })
    add({
      collection,
      op: 'create',
      what: 'a zorgverlenersfiche in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: fresh('oost-vlaanderen'),
    })
    add({
      collection,
      op: 'update',
      what: 'its own zorgverlenersfiche',
      allowed: A('admin', 'regiobeheerder', 'zorgverlener'),
      prepare: own,
      change: beschrijving,
    })
    add({
      collection,
      op: 'update',
      what: "another zorgverlener's fiche in Antwerpen",
      allowed: A('admin', 'regiobeheerder'),
      prepare: other('antwerpen'),
      change: beschrijving,
    })
    add({
      collection,
      op: 'update',
      what: 'a zorgverlener in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: other('oost-vlaanderen'),
      change: beschrijving,
    })
    add({
      collection,
      op: 'delete',
      what: 'its own zorgverlenersfiche',
      allowed: A('admin', 'regiobeheerder'),
      prepare: own,
    })
    add({
      collection,
      op: 'delete',
      what: "another zorgverlener's fiche in Antwerpen",
      allowed: A('admin', 'regiobeheerder'),
      prepare: other('antwerpen'),
    })
    add({
      collection,
      op: 'delete',
      what: 'a zorgverlener in Oost-Vlaanderen',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: other('oost-vlaanderen'),
    })
  }

  // Structure: everyone reads the rubriek tree and the regions; only admins change them.
  {
    const rubriekCode = () => {
      const n = ++serial
      return `${20 + Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`
    }
    const rubriek = async (role: RoleKey, world: World) => ({
      actor: as(world, role),
      id: (
        await world.payload.create({
          collection: 'rubrieken',
          data: { code: rubriekCode(), naam: 'Testrubriek' },
          depth: 0,
        })
      ).id,
    })
    const regio = async (role: RoleKey, world: World) => ({
      actor: as(world, role),
      id: (
        await world.payload.create({
          collection: 'regios',
          data: { code: `test-${unique()}`, naam: 'Testregio' },
          depth: 0,
        })
      ).id,
    })
    const structure: [
      string,
      string,
      typeof rubriek,
      () => Record<string, unknown>,
      { field: string; value: unknown },
    ][] = [
      [
        'rubrieken',
        'a rubriek',
        rubriek,
        () => ({ code: rubriekCode(), naam: 'Nieuwe rubriek' }),
        { field: 'naam', value: 'Gewijzigde rubriek' },
      ],
      [
        'regios',
        'a regio',
        regio,
        () => ({ code: `nieuw-${unique()}`, naam: 'Nieuwe regio' }),
        { field: 'naam', value: 'Gewijzigde regio' },
      ],
    ]
    for (const [collection, what, existing, body, change] of structure) {
      add({ collection, op: 'read', what, allowed: ALL, prepare: existing })
      add({
        collection,
        op: 'create',
        what,
        allowed: A('admin'),
        prepare: async (role, world) => ({ actor: as(world, role), body: body() }),
      })
      add({ collection, op: 'update', what, allowed: A('admin'), prepare: existing, change })
      add({ collection, op: 'delete', what, allowed: A('admin'), prepare: existing })
    }
  }

  // Content: published for everyone, drafts and all changes for the content team.
  for (const collection of ['handleidingen', 'faq'] as const) {
    const noun = collection === 'faq' ? 'FAQ item' : 'handleiding'
    const existing = (status: 'published' | 'draft') => async (role: RoleKey, world: World) => ({
      actor: as(world, role),
      id: (await makeFactories(world)[collection === 'faq' ? 'faq' : 'handleiding'](status)).id,
    })
    const body = () =>
      collection === 'faq'
        ? {
            vraag: `Nieuwe vraag ${unique()}?`,
            antwoord: richText('Antwoord'),
            doelpubliek: ['burger'],
          }
        : {
            titel: `Nieuwe handleiding ${unique()}`,
            inhoud: richText('Inhoud'),
            doelpubliek: ['zorgverlener'],
          }
    const change =
      collection === 'faq'
        ? { field: 'vraag', value: 'Gewijzigde vraag?' }
        : { field: 'titel', value: 'Gewijzigde titel' }
    const team = A('admin', 'redacteur')
    add({
      collection,
      op: 'read',
      what: `a published ${noun}`,
      allowed: ALL,
      prepare: existing('published'),
    })
    add({
      collection,
      op: 'read',
      what: `a draft ${noun}`,
      allowed: team,
      prepare: existing('draft'),
    })
    add({
      collection,
      op: 'create',
      what: `a ${noun}`,
      allowed: team,
      prepare: async (role, world) => ({ actor: as(world, role), body: body() }),
    })
    add({
      collection,
      op: 'update',
      what: `a published ${noun}`,
      allowed: team,
      prepare: existing('published'),
      change,
    })
    add({
      collection,
      op: 'delete',
      what: `a published ${noun}`,
      allowed: team,
      prepare: existing('published'),
    })
  }

  // Media: public files, managed by the content team.
  {
    const collection = 'media'
    const upload = async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(await png())], { type: 'image/png' }),
        `test-${unique()}.png`,
      )
      form.append('_payload', JSON.stringify({ alt: 'Testafbeelding' }))
      return form
    }
    const existing = async (role: RoleKey, world: World) => {
      const doc = await world.payload.create({
        collection: 'media',
        data: { alt: 'Bestaand' },
        file: {
          data: await png(),
          mimetype: 'image/png',
          name: `bestaand-${unique()}.png`,
          size: 100,
        },
        depth: 0,
      })
      return { actor: as(world, role), id: doc.id }
    }
    add({ collection, op: 'read', what: 'an image', allowed: ALL, prepare: existing })
    add({
      collection,
      op: 'create',
      what: 'an image',
      allowed: A('admin', 'redacteur'),
      prepare: async (role, world) => ({ actor: as(world, role), form: await upload() }),
    })
    add({
      collection,
      op: 'update',
      what: 'an image',
      allowed: A('admin', 'redacteur'),
      prepare: existing,
      change: { field: 'alt', value: 'Nieuwe alt' },
    })
    add({
      collection,
      op: 'delete',
      what: 'an image',
      allowed: A('admin', 'redacteur'),
      prepare: existing,
    })
  }

  // Users: oneself, or someone else. "Oneself" is a fresh account of the same role, so deleting it is harmless.
  {
    const collection = 'users'
    const self = async (role: RoleKey, world: World): Promise<Prepared> => {
      const template = world.actors[role]
      const original = await world.payload.findByID({
        collection: 'users',
        id: template.id!,
        depth: 0,
      })
      const email = `self.${unique()}@test.be`
      const user = await createUser(
        world.payload,
        email,
        original.roles,
        (original.regios ?? []) as number[],
      )
      return {
        actor: { key: role, id: user.id, email, token: await login(email, PASSWORD) },
        id: user.id,
      }
    }
    const other = async (role: RoleKey, world: World) => ({
      actor: as(world, role),
      id: (await createUser(world.payload, `ander.${unique()}@test.be`, ['burger'])).id,
    })
    const change = { field: 'naam', value: 'Nieuwe naam' }
    add({
      collection,
      op: 'read',
      what: 'its own account',
      allowed: LOGGED_IN,
      roles: LOGGED_IN,
      prepare: self,
    })
    add({
      collection,
      op: 'read',
      what: "someone else's account",
      allowed: A('admin'),
      prepare: other,
    })
    add({
      collection,
      op: 'create',
      what: 'an account (registration)',
      allowed: ALL,
      prepare: async (role, world) => ({
        actor: as(world, role),
        body: { email: `nieuw.${unique()}@test.be`, password: PASSWORD },
      }),
    })
    add({
      collection,
      op: 'update',
      what: 'its own account',
      allowed: LOGGED_IN,
      roles: LOGGED_IN,
      prepare: self,
      change,
    })
    add({
      collection,
      op: 'update',
      what: "someone else's account",
      allowed: A('admin'),
      prepare: other,
      change,
    })
    add({
      collection,
      op: 'delete',
      what: 'its own account',
      allowed: LOGGED_IN,
      roles: LOGGED_IN,
      prepare: self,
    })
    add({
      collection,
      op: 'delete',
      what: "someone else's account",
      allowed: A('admin'),
      prepare: other,
    })
  }

  // Fichebeheer: requests are the requester's and the region's business.
  {
    const collection = 'fichebeheer'
    const request =
      (regio: 'antwerpen' | 'oost-vlaanderen', byActor: boolean) =>
      async (role: RoleKey, world: World): Promise<Prepared> => {
        const organisatie = await makeFactories(world).organisatie(regio)
        const requester = byActor
          ? world.actors[role].id!
          : (await createUser(world.payload, `aanvrager.${unique()}@test.be`, ['burger'])).id
        const doc = await makeFactories(world).fichebeheerAanvraag(requester, {
          organisatie: organisatie.id,
        })
        return { actor: as(world, role), id: doc.id }
      }
    const change = { field: 'status', value: 'goedgekeurd' }
    add({
      collection,
      op: 'read',
      what: 'its own management request',
      allowed: LOGGED_IN,
      roles: LOGGED_IN,
      prepare: request('antwerpen', true),
    })
    add({
      collection,
      op: 'read',
      what: "someone else's request for a fiche in Antwerpen",
      allowed: A('admin', 'regiobeheerder'),
      prepare: request('antwerpen', false),
    })
    add({
      collection,
      op: 'read',
      what: "someone else's request for a fiche in Oost-Vlaanderen",
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: request('oost-vlaanderen', false),
    })
    add({
      collection,
      op: 'create',
      what: 'a management request',
      allowed: LOGGED_IN,
      prepare: async (role, world) => ({
        actor: as(world, role),
        body: {
          organisatie: (await makeFactories(world).organisatie('antwerpen')).id,
          motivatie: 'Ik werk hier.',
        },
      }),
    })
    add({
      collection,
      op: 'update',
      what: 'a request for a fiche in Antwerpen (approve it)',
      allowed: A('admin', 'regiobeheerder'),
      prepare: request('antwerpen', false),
      change,
    })
    add({
      collection,
      op: 'update',
      what: 'a request for a fiche in Oost-Vlaanderen (approve it)',
      allowed: A('admin', 'regiobeheerderAndereRegio'),
      prepare: request('oost-vlaanderen', false),
      change,
    })
    add({
      collection,
      op: 'update',
      what: 'its own request (approve it)',
      allowed: A('admin', 'regiobeheerder'),
      roles: LOGGED_IN,
      prepare: request('antwerpen', true),
      change,
    })
    add({
      collection,
      op: 'delete',
      what: 'a request',
      allowed: A('admin'),
      prepare: request('antwerpen', false),
    })
  }

  return scopes
}
