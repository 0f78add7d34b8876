// Every account form posts here (/account/actie/<naam>). A plain form (no JavaScript needed) gets a
// 303 redirect: on success to the next page, on bad input back to its form with the messages. A
// script that asks for JSON gets the status itself: 400 naming the field, 401, 403, 423 (locked).
import config from '@payload-config'
import { getPayload } from 'payload'

import { ACTIONS, FORM_PAGES, type ActionName } from '@/accounts/actions'
import { encodeErrors } from '@/accounts/flash'
import type { ActionResult } from '@/accounts/result'
import { currentUser } from '@/accounts/session'
import { siteUrl } from '@/seo/site-url'

const isAction = (name: string): name is ActionName => Object.hasOwn(ACTIONS, name)

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json') || (request.headers.get('content-type') ?? '').includes('application/json')

/**
 * Forms post from this site only: a browser always sends Origin on a POST, another site's differs.
 * (A page with referrer policy no-referrer would send "null": account pages use same-origin.)
 */
const sameOrigin = (request: Request) => {
  const origin = request.headers.get('origin')
  if (!origin) return true
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

async function readFields(request: Request): Promise<Record<string, unknown> | null> {
  try {
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      const body = await request.json()
      return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
    }
    const form = await request.formData()
    const fields: Record<string, unknown> = {}
    for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value
    return fields
  } catch {
    return null
  }
}

const redirect = (location: string, base: string, cookies: string[] = []) => {
  const headers = new Headers({ Location: new URL(location, base).toString(), 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** A Payload validation error that still gets through (a race on a unique address) is a 400 too. */
function asFieldErrors(error: unknown): ActionResult {
  const { status, data } = (error ?? {}) as { status?: number; data?: { errors?: { path?: string; message?: string }[] } }
  if (status !== 400 || !data?.errors?.length) throw error
  return { ok: false, status: 400, errors: data.errors.map((e) => ({ field: e.path ?? 'formulier', message: e.message ?? 'Ongeldige invoer.' })) }
}

export async function POST(request: Request, { params }: { params: Promise<{ actie: string }> }): Promise<Response> {
  const { actie } = await params
  if (!isAction(actie)) return Response.json({ errors: [{ field: 'actie', message: 'Onbekende actie.' }] }, { status: 404 })
  if (!sameOrigin(request)) return Response.json({ errors: [{ field: 'origin', message: 'Dit formulier kan alleen vanop de Sociale Kaart verstuurd worden.' }] }, { status: 403 })
  const json = wantsJson(request)
  const base = siteUrl(request)
  const fields = await readFields(request)
  if (!fields) return Response.json({ errors: [{ field: 'body', message: 'Het formulier kon niet gelezen worden.' }] }, { status: 400 })

  const payload = await getPayload({ config })
  const user = await currentUser(payload, request.headers)
  const result = await ACTIONS[actie]({ payload, headers: request.headers, siteBase: base, user }, fields).catch(asFieldErrors)

  if (json) {
    const headers = new Headers({ 'Cache-Control': 'no-store' })
    if (result.ok) for (const cookie of result.setCookies ?? []) headers.append('Set-Cookie', cookie)
    return result.ok
      ? Response.json({ ok: true, redirect: result.redirect, notice: result.notice ?? null }, { headers })
      : Response.json({ errors: result.errors }, { status: result.status, headers })
  }
  if (result.ok) {
    const target = new URL(result.redirect, base)
    if (result.notice) target.searchParams.set('melding', result.notice)
    return redirect(target.pathname + target.search, base, result.setCookies)
  }
  // Downloading results needs an account: a logged-out visitor logs in and comes back to the results.
  if (actie === 'download' && result.status === 401) {
    const terug = `/zoeken${typeof fields.zoekopdracht === 'string' && fields.zoekopdracht ? `?${fields.zoekopdracht.replace(/^\?/, '')}` : ''}`
    return redirect(`/account/aanmelden?volgende=${encodeURIComponent(terug)}`, base)
  }
  const page = FORM_PAGES[actie]
  const back = new URL(typeof page === 'function' ? page(fields) : page, base)
  for (const [key, value] of encodeErrors(result.errors)) back.searchParams.set(key, value)
  // The reset link's token must survive a failed attempt, or the user would need a new mail.
  if (actie === 'wachtwoord-herstellen' && typeof fields.token === 'string') back.searchParams.set('token', fields.token)
  if (typeof fields.volgende === 'string') back.searchParams.set('volgende', fields.volgende)
  // The forward form belongs to one fiche.
  if (actie === 'doorsturen') for (const key of ['soort', 'id'] as const) if (typeof fields[key] === 'string') back.searchParams.set(key, fields[key])
  return redirect(back.pathname + back.search, base)
}
