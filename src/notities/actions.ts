// The forms of "Mijn notities" (posted to /account/actie/<naam>): save a new or changed note,
// delete one. Every write goes through the collection's access as the logged-in user, so someone
// else's note is "not found" here exactly as in the REST API.
import { asPayloadUser } from '@/auth/payload-user'
import { checkFiche, checkId } from '@/domain/favorieten/limits'
import { pageWith, type ActionContext, type Fields, type FormActions } from '@/forms/action'
import { refusalStatus } from '@/forms/payload-errors'
import { done, fail, invalid, type ActionResult } from '@/forms/result'
import type { User } from '@/payload-types'

/** The notes of the fiche the form was on, or all notes. */
const notitiesPagina = pageWith('/account/notities', ['soort', 'ficheSoort'], ['id', 'ficheId'])

const alsGebruiker = (user: User) => ({
  user: asPayloadUser(user),
  overrideAccess: false,
  depth: 0,
})

/** Someone else's note (or one deleted meanwhile) is refused as not found; Payload's validation goes on to the form route. */
async function eigenNotitie(work: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await work()
  } catch (error) {
    const status = refusalStatus(error)
    if (status === 403 || status === 404)
      return fail(404, 'id', 'Deze notitie bestaat niet (meer).')
    throw error
  }
}

async function bewaarNotitie(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan.')
  const user = ctx.user
  const tekst = typeof fields.tekst === 'string' ? fields.tekst : ''
  const terug = notitiesPagina(fields)
  if (fields.id !== undefined && fields.id !== '') {
    const id = checkId(fields.id)
    if (!id.ok) return invalid(id.errors)
    return eigenNotitie(async () => {
      await ctx.payload.update({
        collection: 'notities',
        id: id.value,
        data: { tekst },
        ...alsGebruiker(user),
      })
      return done(terug, 'notitie-bewaard')
    })
  }
  const fiche = checkFiche(fields.ficheSoort, fields.ficheId)
  if (!fiche.ok) return invalid(fiche.errors)
  await ctx.payload.create({
    collection: 'notities',
    data: { ...fiche.value, tekst },
    ...alsGebruiker(user),
  })
  return done(terug, 'notitie-bewaard')
}

async function verwijderNotitie(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan.')
  const user = ctx.user
  const id = checkId(fields.id)
  if (!id.ok) return invalid(id.errors)
  return eigenNotitie(async () => {
    await ctx.payload.delete({ collection: 'notities', id: id.value, ...alsGebruiker(user) })
    return done(notitiesPagina(fields), 'notitie-verwijderd')
  })
}

export const NOTITIE_ACTIONS = {
  'notitie-bewaren': { run: bewaarNotitie, page: notitiesPagina, afterLogin: notitiesPagina },
  'notitie-verwijderen': {
    run: verwijderNotitie,
    page: notitiesPagina,
    afterLogin: notitiesPagina,
  },
} as const satisfies FormActions
