import { resolveAdresPlace } from '@/domain/geo'
import { normaliseKbo } from '@/domain/identifiers/kbo'
import { parseRiziv } from '@/domain/identifiers/riziv'

import { toE164 } from './phones'
import type { AdresInput } from './places'

/**
 * What the collection hooks and field defaults store for typed input, for the bulk path that writes
 * rows without running them. Each function mirrors one hook; the bulk verification compares the
 * result with what the Local API stores.
 */

export type StoredAdres = {
  straat: string
  huisnummer: string
  bus: string | null
  postcode: string
  gemeente: string
  lat: number
  lon: number
  coordinatenBron: 'postcode' | 'manueel'
  nis: string
  primair: boolean
}

/** collections/fields/adressen.ts fillFromPostcode: municipality, NIS code and coordinates from the postcode. */
export function derivedAdres(adres: AdresInput): StoredAdres {
  const postcode = adres.postcode.trim()
  const place = resolveAdresPlace(postcode, adres.gemeente)
  if (!place.ok)
    throw new Error(`Ongeldig demo-adres ${postcode} ${adres.gemeente}: ${place.reason}`)
  const manueel = typeof adres.lat === 'number' && typeof adres.lon === 'number'
  return {
    straat: adres.straat,
    huisnummer: adres.huisnummer,
    bus: adres.bus ?? null,
    postcode,
    gemeente: adres.gemeente?.trim() || place.plaats.plaatsnaam,
    lat: manueel ? adres.lat! : place.plaats.lat,
    lon: manueel ? adres.lon! : place.plaats.lon,
    coordinatenBron: manueel ? 'manueel' : 'postcode',
    nis: place.plaats.gemeenteNis,
    primair: adres.primair ?? false,
  }
}

/** hooks/deriveRegio.ts mainAdres: the primary address, else the first. */
export function mainAdres<T extends { primair?: boolean | null }>(
  adressen: readonly T[],
): T | undefined {
  return adressen.find((a) => a.primair) ?? adressen[0]
}

/** collections/fields/contacten.ts toE164. */
export const derivedPhoneNumber = toE164

/** Organisaties/Praktijken kboNummer beforeValidate: the 10-digit form. */
export function derivedKbo(typed: string | undefined): string | null {
  if (!typed?.trim()) return null
  return normaliseKbo(typed) ?? typed
}

/** Zorgverleners rizivNummer beforeValidate, and the warning the rizivWaarschuwing hook derives. */
export function derivedRiziv(typed: string | undefined): {
  rizivNummer: string | null
  rizivWaarschuwing: string | null
} {
  if (!typed?.trim()) return { rizivNummer: null, rizivWaarschuwing: null }
  const parsed = parseRiziv(typed)
  if (!parsed.ok) return { rizivNummer: typed, rizivWaarschuwing: null }
  return {
    rizivNummer: parsed.value,
    rizivWaarschuwing: parsed.checkDigitValid
      ? null
      : (parsed.warning ??
        'Het controlegetal van dit RIZIV-nummer klopt niet: controleer het nummer.'),
  }
}

/** Zorgverleners naam beforeChange. */
export const fullName = (voornaam: string, achternaam: string): string =>
  [voornaam, achternaam].filter(Boolean).join(' ')

/** hooks/stampLastChangedBy.ts for a write without a user. */
export const CHANGED_BY_SYSTEM = 'systeem'
