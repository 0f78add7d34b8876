import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/accounts/roles'
import type { Zorgverlener } from '@/payload-types'

/**
 * A zorgverlener whose fiche is not online yet creates it (journey B); it is linked to its
 * account, pending the regional team's check of the RIZIV data. One fiche per account: a second
 * one is refused (it should edit the one it has, or ask the regional team).
 */
export const zorgverlenerOwnFiche: CollectionBeforeChangeHook<Zorgverlener> = async ({
  data,
  operation,
  req,
}) => {
  const user = req.user
  if (
    operation !== 'create' ||
    !user ||
    req.context?.systemWrite ||
    hasRole(user, 'admin', 'regiobeheerder')
  )
    return data
  const { totalDocs } = await req.payload.count({
    collection: 'zorgverleners',
    where: { account: { equals: user.id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      'U heeft al een zorgverlenersfiche: vul die aan, of vraag uw regioteam om hulp.',
      403,
      undefined,
      true,
    )
  }
  data.account = user.id
  data.status = 'in_aanvraag'
  return data
}
