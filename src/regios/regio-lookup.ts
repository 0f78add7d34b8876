import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Regio } from '@/payload-types'

let cached: Promise<Map<string, number>> | null = null

const load = async (req: PayloadRequest): Promise<Map<string, number>> => {
  const { docs } = await req.payload.find({
    collection: 'regios',
    select: { gemeenten: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byNis = new Map<string, number>()
  for (const regio of docs) for (const nis of regio.gemeenten ?? []) byNis.set(nis, regio.id)
  return byNis
}

/** Regions change rarely and every fiche save needs one, so the NIS -> regio map is kept in memory. */
export const regioForNis = async (
  req: PayloadRequest,
  nis: string | null | undefined,
): Promise<number | null> => {
  if (!nis) return null
  // A failed load is not kept: the next save tries again.
  cached ??= load(req).catch((error: unknown) => {
    cached = null
    throw error
  })
  return (await cached).get(nis) ?? null
}

export const clearRegioLookup: CollectionAfterChangeHook<Regio> &
  CollectionAfterDeleteHook<Regio> = ({ doc }) => {
  cached = null
  return doc
}
