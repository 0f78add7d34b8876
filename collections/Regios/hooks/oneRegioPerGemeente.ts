import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Regio } from '@/payload-types'

/** A municipality belongs to one region: two teams for one fiche would leave nobody responsible. */
export const oneRegioPerGemeente: CollectionBeforeValidateHook<Regio> = async ({
  data,
  originalDoc,
  req,
}) => {
  const gemeenten = data?.gemeenten
  if (!gemeenten?.length) return data
  const { docs } = await req.payload.find({
    collection: 'regios',
    where: {
      and: [
        { gemeenten: { in: gemeenten } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { naam: true, gemeenten: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!docs.length) return data
  const taken = docs.flatMap((regio) =>
    (regio.gemeenten ?? [])
      .filter((nis) => gemeenten.includes(nis))
      .map((nis) => `${nis} (${regio.naam})`),
  )
  throw new ValidationError(
    {
      collection: 'regios',
      errors: [
        {
          path: 'gemeenten',
          message: `Deze gemeenten horen al bij een andere regio: ${taken.slice(0, 10).join(', ')}.`,
        },
      ],
    },
    req.t,
  )
}
