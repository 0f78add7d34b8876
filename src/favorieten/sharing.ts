// The public side of a share link: the record behind a token, read past access (the holder of the
// link has no account), or null, which the pages answer with 404.
import type { Payload } from 'payload'

import type { Lijst, Zoekopdracht } from '@/payload-types'

import { isShareToken } from './share-token'

export async function sharedZoekopdracht(
  payload: Payload,
  token: string,
): Promise<Zoekopdracht | null> {
  if (!isShareToken(token)) return null
  const { docs } = await payload.find({
    collection: 'zoekopdrachten',
    where: { deeltoken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export async function sharedLijst(payload: Payload, token: string): Promise<Lijst | null> {
  if (!isShareToken(token)) return null
  const { docs } = await payload.find({
    collection: 'lijsten',
    where: { deeltoken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
