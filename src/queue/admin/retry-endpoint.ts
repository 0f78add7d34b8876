// POST /api/wachtrijen/opnieuw: an admin puts the failed jobs of a queue (or one of them) back in
// it. The admin's overview (src/components/admin/QueueDashboard.tsx) posts here as a plain form and
// is sent back to the dashboard; a JSON request gets JSON. Anyone but an admin gets 403.
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/accounts/roles'
import { poolOf } from '@/db/pool'

import { retryFailed } from '../maintenance'
import { isQueueName } from '../settings'

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ ...(field ? { field } : {}), message }] }, { status })

async function fieldsOf(
  req: PayloadRequest,
  json: boolean,
): Promise<Record<string, unknown> | null> {
  try {
    if (json) {
      const body: unknown = await req.json?.()
      return body && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : null
    }
    const form = await req.formData?.()
    return form ? Object.fromEntries(form.entries()) : null
  } catch {
    return null
  }
}

export const queueRetryEndpoint: Endpoint = {
  path: '/wachtrijen/opnieuw',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin'))
      return refuse(403, 'Alleen een beheerder mag taken opnieuw laten proberen.')
    // The login cookie is SameSite=Lax already; this also turns away a form on another site.
    if (req.headers.get('sec-fetch-site') === 'cross-site')
      return refuse(403, 'Dit formulier kan alleen vanuit het beheer verstuurd worden.')
    const json = (req.headers.get('content-type') ?? '').includes('application/json')
    const fields = await fieldsOf(req, json)
    if (!fields)
      return refuse(400, 'Stuur een formulier of JSON met het veld wachtrij.', 'wachtrij')
    if (!isQueueName(fields.wachtrij)) return refuse(400, 'Onbekende wachtrij.', 'wachtrij')
    let id: number | undefined
    if (fields.id !== undefined && fields.id !== '') {
      id = Number(fields.id)
      if (!Number.isSafeInteger(id) || id <= 0)
        return refuse(400, 'Het id van een taak is een positief geheel getal.', 'id')
    }
    const count = await retryFailed(poolOf(req.payload), fields.wachtrij, id)
    if (json) return Response.json({ wachtrij: fields.wachtrij, opnieuw: count })
    const admin = req.payload.config.routes.admin
    return new Response(null, {
      status: 303,
      headers: { Location: `${admin}?wachtrij=${fields.wachtrij}&opnieuw=${count}` },
    })
  },
}
