// The 'max' metadata knows every number range, so a made-up Belgian number such as 02 123 45 67 is
// refused; the default metadata only checks the length.
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max'

export type PhoneResult =
  | {
      ok: true
      /** The stored form, e.g. +32470123456. */
      e164: string
      /**
       * The display form: Belgian numbers as dialled in Belgium (0470 12 34 56), foreign numbers in
       * international form (+31 20 123 4567), because a Belgian reader needs the country code for those.
       */
      national: string
    }
  | { ok: false; reason: string }

// Editors mostly type Belgian numbers without a country code.
const STANDAARDLAND = 'BE' as const

function weergave(e164: string): string | null {
  const nummer = parsePhoneNumberFromString(e164, STANDAARDLAND)
  if (!nummer) return null
  return nummer.country === STANDAARDLAND ? nummer.formatNational() : nummer.formatInternational()
}

export function normalisePhone(input: string): PhoneResult {
  // Numbers copied from a letterhead often keep their label ('Tel.: 03 ...'); libphonenumber would
  // read 'tel:' as a URI scheme and find nothing.
  const tekst = input.trim().replace(/^(tel|telefoon|gsm|fax)\.?\s*:?\s*/i, '')
  if (tekst === '') return { ok: false, reason: 'Vul een telefoonnummer in.' }
  if (/[a-z]/i.test(tekst)) {
    return {
      ok: false,
      reason: 'Een telefoonnummer bevat alleen cijfers, spaties en eventueel een +.',
    }
  }

  const lengte = validatePhoneNumberLength(tekst, STANDAARDLAND)
  if (lengte === 'TOO_SHORT' || lengte === 'NOT_A_NUMBER') {
    return { ok: false, reason: 'Dit telefoonnummer is te kort.' }
  }
  if (lengte === 'TOO_LONG') return { ok: false, reason: 'Dit telefoonnummer is te lang.' }
  if (lengte === 'INVALID_COUNTRY') {
    return {
      ok: false,
      reason: 'Onbekende landcode. Begin een buitenlands nummer met + en de landcode.',
    }
  }

  const nummer = parsePhoneNumberFromString(tekst, STANDAARDLAND)
  if (!nummer || !nummer.isValid()) {
    return {
      ok: false,
      reason:
        nummer?.country === STANDAARDLAND || !tekst.startsWith('+')
          ? 'Dit is geen geldig Belgisch telefoonnummer. Controleer het zonenummer en het aantal cijfers (bv. 03 480 12 34 of 0470 12 34 56).'
          : 'Dit is geen geldig telefoonnummer.',
    }
  }
  return { ok: true, e164: nummer.number, national: weergave(nummer.number) ?? nummer.number }
}

/** Display form of a stored E.164 number; anything unparseable is shown as it was stored. */
export function formatPhoneNational(e164: string): string {
  return weergave(e164) ?? e164
}
