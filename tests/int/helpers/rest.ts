import { handleEndpoints } from 'payload'

export type RestResponse<T = unknown> = { status: number; body: T }

export type RestOptions = { token?: string; body?: unknown; form?: FormData; query?: string }

/**
 * The REST API exactly as Next.js serves it (same handler as app/(payload)/api/[...slug]),
 * without a network hop: real Request objects, real auth headers, real JSON.
 */
export const rest = async <T = unknown>(
  method: string,
  path: string,
  options: RestOptions = {},
): Promise<RestResponse<T>> => {
  const { default: config } = await import('@payload-config')
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const url = `http://localhost:3000/api${path}${options.query ? `?${options.query}` : ''}`
  const response = await handleEndpoints({
    config,
    request: new Request(url, { method, headers, body }),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // Non-JSON answers (should not happen on /api) are returned as text for the assertion message.
  }
  return { status: response.status, body: parsed as T }
}

export const login = async (email: string, password: string): Promise<string> => {
  const response = await rest<{ token?: string; errors?: unknown }>('POST', '/users/login', {
    body: { email, password },
  })
  if (response.status !== 200 || !response.body.token) {
    throw new Error(
      `Login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`,
    )
  }
  return response.body.token
}
