import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@access/idOf'
import { siteBase } from '@/accounts/links'
import { ficheUrl, type FicheSoort } from '@/domain/fiche-url'
import { isAfgehandeld } from '@/domain/suggestie'
import { enqueueMail } from '@/mail/outbox'
import { nieuweSuggestieMail, suggestieBehandeldMail } from '@/mail/templates/suggestie'

type Doc = Record<string, unknown> & { id: number }

const find = (req: PayloadRequest, args: Record<string, unknown>) =>
  req.payload.find({ depth: 0, limit: 200, pagination: false, overrideAccess: true, req, ...args } as never) as unknown as Promise<{ docs: Doc[] }>

/** Everyone who handles this suggestion: the fiche's beheerders, its zorgverlener, the regional team. */
async function behandelaars(req: PayloadRequest, doc: Doc): Promise<string[]> {
  const adressen = new Set<string>()
  const organisatie = idOf(doc.organisatie)
  const praktijk = idOf(doc.praktijk)
  const ouders = [...(organisatie ? [{ organisatie: { equals: organisatie } }] : []), ...(praktijk ? [{ praktijk: { equals: praktijk } }] : [])]
  if (ouders.length > 0) {
    const beheer = await find(req, { collection: 'fichebeheer', where: { and: [{ status: { equals: 'goedgekeurd' } }, { or: ouders }] }, select: { gebruikerEmail: true } })
    for (const b of beheer.docs) if (b.gebruikerEmail) adressen.add(String(b.gebruikerEmail))
  }
  const zorgverlener = idOf(doc.zorgverlener)
  if (zorgverlener) {
    const fiche = (await req.payload.findByID({ collection: 'zorgverleners', id: zorgverlener, depth: 1, overrideAccess: true, disableErrors: true, req, select: { account: true } })) as Doc | null
    const account = fiche?.account as { email?: string } | null | undefined
    if (account?.email) adressen.add(account.email)
  }
  const regio = idOf(doc.regio)
  if (regio) {
    const team = await find(req, { collection: 'users', where: { and: [{ roles: { contains: 'regiobeheerder' } }, { regios: { in: [regio] } }] }, select: { email: true } })
    for (const u of team.docs) adressen.add(String(u.email))
  }
  if (adressen.size === 0) {
    // Nobody is responsible yet: the platform's admins, so no suggestion goes unread.
    const admins = await find(req, { collection: 'users', where: { roles: { contains: 'admin' } }, select: { email: true } })
    for (const u of admins.docs) adressen.add(String(u.email))
  }
  return [...adressen]
}

/**
 * Mails go through the outbox in the same transaction: a suggestion that is stored is always
 * announced, and its handling always told to the sender.
 */
export const suggestieMail: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const basis = siteBase(req)
  const url = `${basis}${ficheUrl(doc.ficheSoort as FicheSoort, Number(doc.ficheId), String(doc.ficheNaam ?? ''))}`
  if (operation === 'create') {
    const mail = nieuweSuggestieMail({
      ficheNaam: String(doc.ficheNaam),
      ficheUrl: url,
      beheerUrl: `${basis}/admin/collections/suggesties/${doc.id}`,
      onderdeel: String(doc.onderdeel),
      voorstel: String(doc.voorstel),
      afzender: [doc.afzenderNaam, doc.afzenderEmail].filter(Boolean).join(', ') || null,
    })
    for (const adres of await behandelaars(req, doc)) await enqueueMail(req, { ...mail, to: adres })
    return doc
  }
  if (isAfgehandeld(doc.status) && !isAfgehandeld(previousDoc?.status) && doc.afzenderEmail) {
    const mail = suggestieBehandeldMail({
      naam: doc.afzenderNaam as string | null,
      ficheNaam: String(doc.ficheNaam),
      ficheUrl: url,
      verwerkt: doc.status === 'verwerkt',
      antwoord: doc.antwoord as string | null,
    })
    await enqueueMail(req, { ...mail, to: String(doc.afzenderEmail) })
  }
  return doc
}
