import { POST } from '../../../app/(frontend)/account/actie/[actie]/route'
import { GET as confirmGET } from '../../../app/(frontend)/account/bevestigen/route'

const BASE = 'http://localhost:3000'

export type FormAnswer = {
  status: number
  body: unknown
  location: string | null
  cookies: string[]
}

const answer = async (response: Response): Promise<FormAnswer> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: a redirect has no body
  }
  return {
    status: response.status,
    body,
    location: response.headers.get('location'),
    cookies: response.headers.getSetCookie(),
  }
}

/** Posts to an account form's route handler as a script would: JSON in, JSON and the real status out. */
export async function postJson(
  actie: string,
  fields: Record<string, unknown>,
  cookie?: string,
  extra: Record<string, string> = {},
): Promise<FormAnswer> {
  const headers = new Headers({
    'Content-Type': 'application/json',
    Accept: 'application/json',
    Host: 'localhost:3000',
    ...extra,
  })
  if (cookie) headers.set('Cookie', cookie)
  const request = new Request(`${BASE}/account/actie/${actie}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(fields),
  })
  return answer(await POST(request, { params: Promise.resolve({ actie }) }))
}

/**
 * Posts like a browser without JavaScript: form fields, answered with a 303. With `script`, like a
 * form's own script instead: the same fields as multipart FormData (what fetch sends), asking for JSON.
 */
export async function postForm(
  actie: string,
  fields: Record<string, string>,
  options: {
    cookie?: string
    origin?: string
    headers?: Record<string, string>
    script?: boolean
  } = {},
): Promise<FormAnswer> {
  const headers = new Headers({
    Host: 'localhost:3000',
    Origin: options.origin ?? BASE,
    ...options.headers,
  })
  if (options.cookie) headers.set('Cookie', options.cookie)
  if (options.script) headers.set('Accept', 'application/json')
  const body = options.script ? toFormData(fields) : new URLSearchParams(fields)
  const request = new Request(`${BASE}/account/actie/${actie}`, { method: 'POST', headers, body })
  return answer(await POST(request, { params: Promise.resolve({ actie }) }))
}

const toFormData = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

export async function openLink(url: URL): Promise<FormAnswer> {
  const request = new Request(`${BASE}${url.pathname}${url.search}`, {
    headers: { Host: 'localhost:3000' },
  })
  return answer(await confirmGET(request))
}

/** "payload-token=..." from a Set-Cookie list, ready to send back as a Cookie header. */
export const sessionFrom = (cookies: string[]): string => {
  const cookie = cookies.find(
    (c) => c.startsWith('payload-token=') && !c.startsWith('payload-token=;'),
  )
  if (!cookie) throw new Error(`Geen sessiecookie in ${JSON.stringify(cookies)}`)
  return cookie.split(';')[0]
}
