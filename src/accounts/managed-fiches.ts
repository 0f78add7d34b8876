import type { PayloadRequest } from 'payload'

import { idOf } from '../utilities/id-of'

export type ManagedFiches = { organisaties: number[]; praktijken: number[] }

const cache = new WeakMap<PayloadRequest, Promise<ManagedFiches>>()

const load = async (req: PayloadRequest): Promise<ManagedFiches> => {
  const user = req.user
  if (!user || user.collection !== 'users') return { organisaties: [], praktijken: [] }
  const { docs } = await req.payload.find({
    collection: 'fichebeheer',
    where: { and: [{ gebruiker: { equals: user.id } }, { status: { equals: 'goedgekeurd' } }] },
    select: { organisatie: true, praktijk: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return {
    organisaties: docs.filter((d) => d.organisatie).map((d) => idOf(d.organisatie)!),
    praktijken: docs.filter((d) => d.praktijk).map((d) => idOf(d.praktijk)!),
  }
}

/**
 * Fichebeheer is a relation, not a role: a user manages exactly the fiches with an approved
 * fichebeheer row. Access runs several times per request, so the lookup is cached per request.
 */
export const getManagedFiches = (req: PayloadRequest): Promise<ManagedFiches> => {
  let pending = cache.get(req)
  if (!pending) {
    pending = load(req)
    cache.set(req, pending)
  }
  return pending
}
