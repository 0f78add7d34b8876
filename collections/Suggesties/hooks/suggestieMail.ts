import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import { idOf } from '@/utilities/id-of'
import { siteBase } from '@/accounts/links'
import { ficheUrl } from '@/domain/fiche-url'
import { isHandled } from '@/domain/suggestie'
import { enqueueMail } from '@/mail/outbox'
import { newSuggestieMail, suggestieHandledMail } from '@/mail/templates/suggestie'
import type { Suggestie } from '@/payload-types'

const LIMIT = { depth: 0, limit: 200, pagination: false, overrideAccess: true } as const

const emailsOfUsers = async (req: PayloadRequest, where: Where): Promise<string[]> =>
  (
    await req.payload.find({ collection: 'users', where, select: { email: true }, ...LIMIT, req })
  ).docs.map((u) => u.email)

/** Everyone who handles this suggestion: the fiche's beheerders, its zorgverlener, the regional team. */
async function behandelaars(req: PayloadRequest, doc: Suggestie): Promise<string[]> {
  const adressen = new Set<string>()
  const organisatie = idOf(doc.organisatie)
  const praktijk = idOf(doc.praktijk)
  const ouders: Where[] = [
    ...(organisatie ? [{ organisatie: { equals: organisatie } }] : []),
    ...(praktijk ? [{ praktijk: { equals: praktijk } }] : []),
  ]
  if (ouders.length > 0) {
    const beheer = await req.payload.find({
      collection: 'fichebeheer',
      where: { and: [{ status: { equals: 'goedgekeurd' } }, { or: ouders }] },
      select: { gebruikerEmail: true },
      ...LIMIT,
      req,
    })
    for (const b of beheer.docs) if (b.gebruikerEmail) adressen.add(b.gebruikerEmail)
  }
  const zorgverlener = idOf(doc.zorgverlener)
  if (zorgverlener) {
    const fiche = await req.payload.findByID({
      collection: 'zorgverleners',
      id: zorgverlener,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { account: true },
    })
    const account = fiche?.account
    if (typeof account === 'object' && account?.email) adressen.add(account.email)
  }
  const regio = idOf(doc.regio)
  if (regio) {
    for (const email of await emailsOfUsers(req, {
      and: [{ roles: { contains: 'regiobeheerder' } }, { regios: { in: [regio] } }],
    }))
      adressen.add(email)
  }
  if (adressen.size === 0) {
    // Nobody is responsible yet: the platform's admins, so no suggestion goes unread.
    for (const email of await emailsOfUsers(req, { roles: { contains: 'admin' } }))
      adressen.add(email)
  }
  return [...adressen]
}

/**
 * Mails go through the outbox in the same transaction: a suggestion that is stored is always
 * announced, and its handling always told to the sender.
 */
export const suggestieMail: CollectionAfterChangeHook<Suggestie> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const basis = siteBase(req)
  const url = `${basis}${ficheUrl(doc.ficheSoort, Number(doc.ficheId), String(doc.ficheNaam ?? ''))}`
  if (operation === 'create') {
    const mail = newSuggestieMail({
      ficheNaam: String(doc.ficheNaam),
      ficheUrl: url,
      beheerUrl: `${basis}/admin/collections/suggesties/${doc.id}`,
      onderdeel: doc.onderdeel,
      voorstel: doc.voorstel,
      afzender: [doc.afzenderNaam, doc.afzenderEmail].filter(Boolean).join(', ') || null,
    })
    for (const adres of await behandelaars(req, doc)) await enqueueMail(req, { ...mail, to: adres })
    return doc
  }
  if (isHandled(doc.status) && !isHandled(previousDoc?.status) && doc.afzenderEmail) {
    const mail = suggestieHandledMail({
      naam: doc.afzenderNaam,
      ficheNaam: String(doc.ficheNaam),
      ficheUrl: url,
      verwerkt: doc.status === 'verwerkt',
      antwoord: doc.antwoord,
    })
    await enqueueMail(req, { ...mail, to: doc.afzenderEmail })
  }
  return doc
}
