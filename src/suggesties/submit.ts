// The public suggestion form (posted to /account/actie/suggestie-indienen): a suggestion from
// anyone, checked for abuse when the sender is not logged in, stored with overrideAccess because
// nobody may create one through the REST API.
import { parseSuggestie } from '@/domain/suggestie'
import { pageWith, type ActionContext, type Fields, type FormActions } from '@/forms/action'
import { done, fail, invalid, type ActionResult } from '@/forms/result'

import { withinLimit, checkForm } from './abuse'

/** The notice code after which the form's page thanks the sender instead of showing the form. */
export const SUGGESTIE_SENT = 'suggestie-verstuurd'

/** The form's page, for the same fiche. */
const formulierPagina = pageWith('/suggestie', ['soort', 'ficheSoort'], ['id', 'ficheId'])

async function dienSuggestieIn(ctx: ActionContext, fields: Fields): Promise<ActionResult> {
  const user = ctx.user
  const gelezen = parseSuggestie(fields, Boolean(user))
  if ('fouten' in gelezen) return invalid(gelezen.fouten)
  if (!user) {
    const weigering = checkForm(fields.token, fields.website)
    if (weigering) return invalid([weigering])
  }
  const afzender = user
    ? `account:${user.id}`
    : `ip:${(ctx.headers.get('x-forwarded-for') ?? '').split(',')[0]?.trim() || 'onbekend'}`
  if (!withinLimit(afzender))
    return fail(
      429,
      'voorstel',
      'U stuurde al veel voorstellen na elkaar. Probeer het over een uur opnieuw.',
    )
  const s = gelezen.suggestie
  await ctx.payload.create({
    collection: 'suggesties',
    overrideAccess: true,
    depth: 0,
    data: {
      ficheSoort: s.ficheSoort,
      ficheId: s.ficheId,
      onderdeel: s.onderdeel,
      voorstel: s.voorstel,
      afzenderNaam: s.naam ?? user?.naam ?? null,
      afzenderEmail: s.email ?? user?.email ?? null,
      afzender: user?.id ?? null,
      status: 'nieuw',
    },
  })
  return done(formulierPagina(fields), SUGGESTIE_SENT)
}

export const SUGGESTIE_ACTIONS = {
  // What was typed comes back after a refusal; the form token is fresh on every page view.
  'suggestie-indienen': {
    run: dienSuggestieIn,
    page: formulierPagina,
    keep: ['onderdeel', 'voorstel', 'naam', 'email'],
  },
} as const satisfies FormActions
