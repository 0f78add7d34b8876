// Every form of the public site posts here (/account/actie/<naam>). A plain form (no JavaScript
// needed) gets a 303 redirect: on success to the next page, on failure as the action declares it
// (back to its form with the messages and what was typed, or to the login page). A script that asks
// for JSON gets the status itself: 400 naming the field, 401, 403, 404, 423 (locked), 429.
import config from '@payload-config'
import { getPayload } from 'payload'

import { encodeErrors } from '@/accounts/flash'
import { currentUser } from '@/accounts/session'
import type { Fields, FormAction } from '@/forms/action'
import { clearedValuesCookie, keptValuesCookie } from '@/forms/kept-values'
import { validationErrorsOf } from '@/forms/payload-errors'
import { formAction } from '@/forms/registry'
import type { ActionResult } from '@/forms/result'
import { siteUrl } from '@/seo/site-url'

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json') ||
  (request.headers.get('content-type') ?? '').includes('application/json')

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

async function readFields(request: Request): Promise<Fields | null> {
  try {
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      const body: unknown = await request.json()
      return body && typeof body === 'object' && !Array.isArray(body) ? (body as Fields) : null
    }
    const form = await request.formData()
    const fields: Fields = {}
    for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value
    return fields
  } catch {
    return null
  }
}

const redirect = (location: URL, cookies: string[] = []) => {
  location.hash = ''
  const headers = new Headers({ Location: location.toString(), 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** A Payload validation error that still gets through (a race on a unique address, a collection's own check) is a 400 too. */
function asFieldErrors(error: unknown): ActionResult {
  const errors = validationErrorsOf(error)
  if (!errors) throw error
  return { ok: false, status: 400, errors }
}

const pageOf = (action: FormAction, fields: Fields, base: string) =>
  new URL(typeof action.page === 'function' ? action.page(fields) : action.page, base)

/** Where a plain form goes after a failure, and the cookies it takes along. */
function afterFailure(
  action: FormAction,
  fields: Fields,
  result: Extract<ActionResult, { ok: false }>,
  base: string,
): Response {
  if (result.status === 401 && action.afterLogin) {
    const login = new URL('/account/aanmelden', base)
    login.searchParams.set('volgende', action.afterLogin(fields))
    return redirect(login)
  }
  const back = pageOf(action, fields, base)
  const flash = encodeErrors(result.errors)
  for (const [key, value] of flash) back.searchParams.set(key, value)
  const kept = action.keep
    ? keptValuesCookie({
        fields,
        keep: action.keep,
        errorsSignature: flash.get('sig') ?? '',
        path: back.pathname,
        secure: back.protocol === 'https:',
      })
    : null
  return redirect(back, kept ? [kept] : [])
}

export async function POST(
  request: Request,
  { params }: { params: Promise<{ actie: string }> },
): Promise<Response> {
  const { actie } = await params
  const action = formAction(actie)
  if (!action)
    return Response.json(
      { errors: [{ field: 'actie', message: 'Onbekende actie.' }] },
      { status: 404 },
    )
  if (!sameOrigin(request))
    return Response.json(
      {
        errors: [
          {
            field: 'origin',
            message: 'Dit formulier kan alleen vanop de Sociale Kaart verstuurd worden.',
          },
        ],
      },
      { status: 403 },
    )
  const json = wantsJson(request)
  const base = siteUrl(request)
  const fields = await readFields(request)
  if (!fields)
    return Response.json(
      { errors: [{ field: 'body', message: 'Het formulier kon niet gelezen worden.' }] },
      { status: 400 },
    )

  const payload = await getPayload({ config })
  const user = await currentUser(payload, request.headers)
  const result = await action
    .run({ payload, headers: request.headers, siteBase: base, user }, fields)
    .catch(asFieldErrors)

  if (json) {
    const headers = new Headers({ 'Cache-Control': 'no-store' })
    if (result.ok)
      for (const cookie of result.setCookies ?? []) headers.append('Set-Cookie', cookie)
    return result.ok
      ? Response.json(
          { ok: true, redirect: result.redirect, notice: result.notice ?? null },
          { headers },
        )
      : Response.json({ errors: result.errors }, { status: result.status, headers })
  }
  if (!result.ok) return afterFailure(action, fields, result, base)
  const target = new URL(result.redirect, base)
  if (result.notice) target.searchParams.set('melding', result.notice)
  const page = pageOf(action, fields, base)
  const cleared = action.keep
    ? [clearedValuesCookie(page.pathname, page.protocol === 'https:')]
    : []
  return redirect(target, [...(result.setCookies ?? []), ...cleared])
}
