'use server'
// The public form's server action: a suggestion from anyone, checked for abuse when the sender is
// not logged in, stored with overrideAccess because nobody may create one through the REST API.
import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload, ValidationError } from 'payload'

import { leesSuggestie, type VeldFout } from '@/domain/suggestie'

import { binnenLimiet, controleerFormulier } from './anti-misbruik'

/** `poging` counts the answers: the form remounts on each, so what was typed comes back after React's form reset. */
export type IndienStatus = { ok: boolean; fouten: VeldFout[]; waarden: Record<string, string>; poging: number }

export async function dienSuggestieIn(vorige: IndienStatus, formData: FormData): Promise<IndienStatus> {
  const poging = (vorige?.poging ?? 0) + 1
  const waarden = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === 'string' && !k.startsWith('$')).map(([k, v]) => [k, String(v)]))
  const payload = await getPayload({ config })
  const kop = await headers()
  const { user } = await payload.auth({ headers: kop })
  const aangemeld = Boolean(user && user.collection === 'users')

  const gelezen = leesSuggestie(waarden, aangemeld)
  if ('fouten' in gelezen) return { ok: false, fouten: gelezen.fouten, waarden, poging }
  if (!aangemeld) {
    const weigering = controleerFormulier(waarden.token, waarden.website)
    if (weigering) return { ok: false, fouten: [weigering], waarden, poging }
  }
  const afzender = aangemeld ? `account:${user!.id}` : `ip:${(kop.get('x-forwarded-for') ?? '').split(',')[0]?.trim() || 'onbekend'}`
  if (!binnenLimiet(afzender)) {
    return { ok: false, fouten: [{ field: 'voorstel', message: 'U stuurde al veel voorstellen na elkaar. Probeer het over een uur opnieuw.' }], waarden, poging }
  }
  const s = gelezen.suggestie
  try {
    await payload.create({
      collection: 'suggesties',
      overrideAccess: true,
      data: {
        ficheSoort: s.ficheSoort,
        ficheId: s.ficheId,
        onderdeel: s.onderdeel,
        voorstel: s.voorstel,
        afzenderNaam: s.naam ?? (aangemeld ? ((user as { naam?: string }).naam ?? null) : null),
        afzenderEmail: s.email ?? (aangemeld ? (user as { email: string }).email : null),
        afzender: aangemeld ? user!.id : null,
        status: 'nieuw',
      },
    })
  } catch (error) {
    if (error instanceof ValidationError) {
      return { ok: false, fouten: error.data.errors.map((e) => ({ field: e.path, message: e.message })), waarden, poging }
    }
    throw error
  }
  return { ok: true, fouten: [], waarden: {}, poging }
}
