import type { Payload } from 'payload'

import { gemeenteNisCodes } from '@collections/fields/gemeenten'
import { defaultRegios } from '@/domain/regios'

import { login } from './rest'

export const PASSWORD = 'test-wachtwoord-123'

export const ROLE_KEYS = [
  'visitor',
  'burger',
  'zorgverlener',
  'fichebeheerder',
  'regiobeheerder',
  'regiobeheerderAndereRegio',
  'redacteur',
  'admin',
] as const
export type RoleKey = (typeof ROLE_KEYS)[number]

export const ROLE_NAMES: Record<RoleKey, string> = {
  visitor: 'a visitor',
  burger: 'a burger',
  zorgverlener: 'a zorgverlener',
  fichebeheerder: 'a fichebeheerder',
  regiobeheerder: 'a regiobeheerder of Antwerpen',
  regiobeheerderAndereRegio: 'a regiobeheerder of Oost-Vlaanderen',
  redacteur: 'a redacteur',
  admin: 'an admin',
}

export type Actor = { key: RoleKey; id: number | null; email: string | null; token?: string }

export type World = {
  payload: Payload
  regios: { antwerpen: number; oostVlaanderen: number }
  rubriek: number
  actors: Record<RoleKey, Actor>
  tag: string
}

const ensureRegios = async (payload: Payload) => {
  const ids: Record<string, number> = {}
  for (const regio of defaultRegios()) {
    const existing = await payload.find({
      collection: 'regios',
      where: { code: { equals: regio.code } },
      limit: 1,
      depth: 0,
    })
    ids[regio.code] =
      existing.docs[0]?.id ??
      (
        await payload.create({
          collection: 'regios',
          data: {
            naam: regio.naam,
            code: regio.code,
            gemeenten: gemeenteNisCodes(regio.gemeenten),
          },
          depth: 0,
        })
      ).id
  }
  return { antwerpen: ids['antwerpen'], oostVlaanderen: ids['oost-vlaanderen'] }
}

const ensureRubriek = async (payload: Payload) => {
  const existing = await payload.find({
    collection: 'rubrieken',
    where: { code: { equals: '19' } },
    limit: 1,
    depth: 0,
  })
  return (
    existing.docs[0]?.id ??
    (
      await payload.create({
        collection: 'rubrieken',
        data: { code: '19', naam: 'Gezondheidsberoepen' },
        depth: 0,
      })
    ).id
  )
}

export const createUser = async (
  payload: Payload,
  email: string,
  roles: ('burger' | 'zorgverlener' | 'regiobeheerder' | 'redacteur' | 'admin')[],
  regios: number[] = [],
) =>
  payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, naam: email.split('@')[0], roles, regios },
    depth: 0,
  })

/** Every role of the access table, each with a real account and a real login token. */
export const buildWorld = async (payload: Payload, tag: string): Promise<World> => {
  const regios = await ensureRegios(payload)
  const rubriek = await ensureRubriek(payload)
  const specs: [Exclude<RoleKey, 'visitor'>, Parameters<typeof createUser>[2], number[]][] = [
    ['admin', ['admin'], []],
    ['burger', ['burger'], []],
    ['zorgverlener', ['zorgverlener'], []],
    ['fichebeheerder', ['burger'], []],
    ['regiobeheerder', ['regiobeheerder'], [regios.antwerpen]],
    ['regiobeheerderAndereRegio', ['regiobeheerder'], [regios.oostVlaanderen]],
    ['redacteur', ['redacteur'], []],
  ]
  const actors = { visitor: { key: 'visitor', id: null, email: null } } as Record<RoleKey, Actor>
  for (const [key, roles, regioIds] of specs) {
    const email = `${key.toLowerCase()}.${tag}@test.be`
    const user = await createUser(payload, email, roles, regioIds)
    actors[key] = { key, id: user.id, email, token: await login(email, PASSWORD) }
  }
  return { payload, regios, rubriek, actors, tag }
}
