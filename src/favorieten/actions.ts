// The account forms for saved searches and favourites lists (posted to /account/actie/<naam>). Every
// read and write goes through the collections with the user's own rights, so a guessed id of
// someone else's list is "not found" here exactly as it is in the REST API.
import { asPayloadUser } from '@/auth/payload-user'
import { checkFiche, checkId, checkName } from '@/domain/favorieten/limits'
import type { ActionContext, Fields, FormActions } from '@/forms/action'
import { refusalMessage, refusalStatus, validationErrorsOf } from '@/forms/payload-errors'
import { done, fail, invalid, type ActionResult } from '@/forms/result'
import type { Lijst } from '@/payload-types'

import { newShareToken } from './share-token'
import { safeReturnPath } from './return-path'
import { normaliseZoekopdracht } from './zoekopdracht'

type Action = (ctx: ActionContext, fields: Fields) => Promise<ActionResult>

const mustBeLoggedIn = () => fail(401, 'account', 'Meld u eerst aan.')

/**
 * Payload's refusals as the form's answers: bad input names its field (the last part of a nested
 * path, as the form calls it; a limit from a hook on the name); someone else's record is not found.
 */
async function metFouten(work: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await work()
  } catch (error) {
    const errors = validationErrorsOf(error)
    if (errors)
      return invalid(
        errors.map((e) => ({ field: e.field.split('.').pop() || 'naam', message: e.message })),
      )
    const message = refusalMessage(error)
    if (message) return invalid([{ field: 'naam', message }])
    const status = refusalStatus(error)
    if (status === 403 || status === 404)
      return fail(404, 'id', 'Deze lijst of zoekopdracht bestaat niet (meer).')
    throw error
  }
}

const alsGebruiker = (ctx: ActionContext) => ({
  user: asPayloadUser(ctx.user!),
  overrideAccess: false,
  depth: 0,
})

// ── Saved searches ──────────────────────────────────────────────────────────────────────────────

const zoekopdrachtBewaren: Action = async (ctx, fields) => {
  if (!ctx.user) return mustBeLoggedIn()
  const naam = checkName(fields.naam)
  const zoekopdracht = normaliseZoekopdracht(fields.zoekopdracht)
  if (!naam.ok || !zoekopdracht.ok)
    return invalid([
      ...(naam.ok ? [] : naam.errors),
      ...(zoekopdracht.ok ? [] : zoekopdracht.errors),
    ])
  return metFouten(async () => {
    await ctx.payload.create({
      collection: 'zoekopdrachten',
      data: { naam: naam.value, zoekopdracht: zoekopdracht.value },
      ...alsGebruiker(ctx),
    })
    return done('/account', 'zoekopdracht-bewaard')
  })
}

type Favoriet = 'zoekopdrachten' | 'lijsten'

/** Renaming a saved search or a list: the same form for both, through the owner's own rights. */
const rename =
  (collection: Favoriet, notice: string): Action =>
  async (ctx, fields) => {
    if (!ctx.user) return mustBeLoggedIn()
    const id = checkId(fields.id)
    const naam = checkName(fields.naam)
    if (!id.ok || !naam.ok)
      return invalid([...(id.ok ? [] : id.errors), ...(naam.ok ? [] : naam.errors)])
    return metFouten(async () => {
      await ctx.payload.update({
        collection,
        id: id.value,
        data: { naam: naam.value },
        ...alsGebruiker(ctx),
      })
      return done('/account', notice)
    })
  }

const remove =
  (collection: Favoriet, notice: string): Action =>
  async (ctx, fields) => {
    if (!ctx.user) return mustBeLoggedIn()
    const id = checkId(fields.id)
    if (!id.ok) return invalid(id.errors)
    return metFouten(async () => {
      await ctx.payload.delete({ collection, id: id.value, ...alsGebruiker(ctx) })
      return done('/account', notice)
    })
  }

/** Sharing makes a new token (an old link stops working); stopping removes it. Ownership is checked first. */
const deeltoken =
  (collection: Favoriet, delen: boolean, melding: string): Action =>
  async (ctx, fields) => {
    if (!ctx.user) return mustBeLoggedIn()
    const id = checkId(fields.id)
    if (!id.ok) return invalid(id.errors)
    return metFouten(async () => {
      await ctx.payload.findByID({ collection, id: id.value, ...alsGebruiker(ctx) })
      await ctx.payload.update({
        collection,
        id: id.value,
        data: { deeltoken: delen ? newShareToken() : null },
        overrideAccess: true,
        depth: 0,
      })
      return done('/account', melding)
    })
  }

// ── Favourites lists ────────────────────────────────────────────────────────────────────────────

const regelsVan = (lijst: Lijst) =>
  (lijst.fiches ?? []).map((r) => ({ ficheSoort: r.ficheSoort, ficheId: Number(r.ficheId) }))

const lijstMaken: Action = async (ctx, fields) => {
  if (!ctx.user) return mustBeLoggedIn()
  const naam = checkName(fields.naam)
  if (!naam.ok) return invalid(naam.errors)
  const metFiche = fields.ficheSoort !== undefined || fields.ficheId !== undefined
  const fiche = metFiche ? checkFiche(fields.ficheSoort, fields.ficheId) : null
  if (fiche && !fiche.ok) return invalid(fiche.errors)
  return metFouten(async () => {
    await ctx.payload.create({
      collection: 'lijsten',
      data: { naam: naam.value, fiches: fiche?.ok ? [fiche.value] : [] },
      ...alsGebruiker(ctx),
    })
    return done(safeReturnPath(fields.terug), fiche ? 'fiche-toegevoegd' : 'lijst-gemaakt')
  })
}

const ficheOpLijst =
  (toevoegen: boolean): Action =>
  async (ctx, fields) => {
    if (!ctx.user) return mustBeLoggedIn()
    const id = checkId(fields.lijst, 'lijst')
    const fiche = checkFiche(fields.ficheSoort, fields.ficheId)
    if (!id.ok || !fiche.ok)
      return invalid([...(id.ok ? [] : id.errors), ...(fiche.ok ? [] : fiche.errors)])
    return metFouten(async () => {
      const lijst = await ctx.payload.findByID({
        collection: 'lijsten',
        id: id.value,
        ...alsGebruiker(ctx),
      })
      const zelfde = (r: { ficheSoort: string; ficheId: number }) =>
        r.ficheSoort === fiche.value.ficheSoort && r.ficheId === fiche.value.ficheId
      const regels = regelsVan(lijst).filter((r) => !zelfde(r))
      await ctx.payload.update({
        collection: 'lijsten',
        id: id.value,
        data: { fiches: toevoegen ? [...regels, fiche.value] : regels },
        ...alsGebruiker(ctx),
      })
      return done(safeReturnPath(fields.terug), toevoegen ? 'fiche-toegevoegd' : 'fiche-weggehaald')
    })
  }

/** A failed form goes back where it came from: the save form of that search, the "add to a list" page of that fiche. */
const toevoegPagina = (fields: Fields) =>
  typeof fields.ficheSoort === 'string' && typeof fields.ficheId === 'string'
    ? `/account/lijsten/toevoegen?${new URLSearchParams({ soort: fields.ficheSoort, id: fields.ficheId, ...(typeof fields.terug === 'string' ? { terug: safeReturnPath(fields.terug) } : {}) })}`
    : '/account'

const bewaarPagina = (fields: Fields) =>
  `/account/zoekopdracht-bewaren?${new URLSearchParams({ zoekopdracht: typeof fields.zoekopdracht === 'string' ? fields.zoekopdracht.slice(0, 2000) : '' })}`

export const FAVORIETEN_ACTIONS = {
  'zoekopdracht-bewaren': { run: zoekopdrachtBewaren, page: bewaarPagina },
  'zoekopdracht-hernoemen': {
    run: rename('zoekopdrachten', 'zoekopdracht-hernoemd'),
    page: '/account',
  },
  'zoekopdracht-verwijderen': {
    run: remove('zoekopdrachten', 'zoekopdracht-verwijderd'),
    page: '/account',
  },
  'zoekopdracht-delen': {
    run: deeltoken('zoekopdrachten', true, 'zoekopdracht-gedeeld'),
    page: '/account',
  },
  'zoekopdracht-delen-stoppen': {
    run: deeltoken('zoekopdrachten', false, 'delen-gestopt'),
    page: '/account',
  },
  'lijst-maken': { run: lijstMaken, page: toevoegPagina },
  'lijst-hernoemen': { run: rename('lijsten', 'lijst-hernoemd'), page: '/account' },
  'lijst-verwijderen': { run: remove('lijsten', 'lijst-verwijderd'), page: '/account' },
  'lijst-delen': { run: deeltoken('lijsten', true, 'lijst-gedeeld'), page: '/account' },
  'lijst-delen-stoppen': { run: deeltoken('lijsten', false, 'delen-gestopt'), page: '/account' },
  'lijst-fiche-toevoegen': { run: ficheOpLijst(true), page: toevoegPagina },
  'lijst-fiche-weghalen': { run: ficheOpLijst(false), page: toevoegPagina },
} as const satisfies FormActions
