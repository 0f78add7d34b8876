// A simple check against automated suggestions, for visitors who are not logged in: the form
// carries a signed moment (a form sent within 3 seconds of opening, or after 2 hours, is refused), a
// field people never see must stay empty, and one address sends at most a handful per hour.
import { createHmac, timingSafeEqual } from 'node:crypto'

import { getConfig } from '@/config'
import type { FieldError } from '@/domain/field-error'

const MIN_MS = 3_000
const MAX_MS = 2 * 60 * 60 * 1000
const PER_UUR = 5

const handtekening = (moment: string) =>
  createHmac('sha256', getConfig().payloadSecret).update(`suggestie:${moment}`).digest('base64url')

export function formToken(nu = Date.now()): string {
  return `${nu}.${handtekening(String(nu))}`
}

export function checkForm(token: unknown, valstrik: unknown, nu = Date.now()): FieldError | null {
  if (typeof valstrik === 'string' && valstrik.trim() !== '')
    return { field: 'website', message: 'Dit formulier lijkt automatisch ingevuld.' }
  const [moment, sig] = typeof token === 'string' ? token.split('.') : []
  const verwacht = moment ? Buffer.from(handtekening(moment)) : null
  if (
    !moment ||
    !sig ||
    !verwacht ||
    verwacht.length !== Buffer.from(sig).length ||
    !timingSafeEqual(verwacht, Buffer.from(sig))
  ) {
    return {
      field: 'token',
      message: 'Het formulier is verlopen of ongeldig. Laad de pagina opnieuw.',
    }
  }
  const leeftijd = nu - Number(moment)
  if (leeftijd < MIN_MS)
    return {
      field: 'token',
      message: 'Dat ging wel heel snel. Controleer uw voorstel en verstuur opnieuw.',
    }
  if (leeftijd > MAX_MS)
    return { field: 'token', message: 'Het formulier is verlopen. Laad de pagina opnieuw.' }
  return null
}

const recent = new Map<string, number[]>()

/** At most PER_UUR suggestions per sender key (IP or account) per hour, in this process. */
export function withinLimit(sleutel: string, nu = Date.now()): boolean {
  const tijden = (recent.get(sleutel) ?? []).filter((t) => nu - t < 60 * 60 * 1000)
  if (tijden.length >= PER_UUR) {
    recent.set(sleutel, tijden)
    return false
  }
  tijden.push(nu)
  recent.set(sleutel, tijden)
  if (recent.size > 50_000) recent.clear()
  return true
}
