/**
 * RIZIV/INAMI number of a care provider: 11 digits, written P-NNNNN-CC-QQQ.
 * The first 8 digits identify the person for a whole career; the last 3 are the qualification code.
 */

export type RizivResult =
  | { ok: false; reason: string }
  | {
      ok: true
      /** 11 digits, no separators */
      value: string
      /** P-NNNNN-CC-QQQ */
      formatted: string
      /** The first 8 digits: stable for a whole career, so the key to match a person across qualifications. */
      identiteit: string
      checkDigitValid: boolean
      /** The modulus the check digits fit (97 older, 89 newer, 83 seen in published numbers), or null. */
      modulus: RizivModulus | null
      /** Dutch text for the editor when the check digits fit no known modulus. */
      warning?: string
      /** QQQ, e.g. 000 doctor without recognition, 003/004 recognised GP. */
      kwalificatiecode: string
      beroepsgroep: string | null
    }

export type RizivModulus = 97 | 89 | 83

// RIZIV switched from 97 to 89 over the years and some published numbers only fit 83, so all three are
// accepted; a number that fits none is shown as a warning instead of refused, because a real provider
// must not be blocked by our incomplete knowledge of the rule.
const MODULI: readonly RizivModulus[] = [97, 89, 83]

const BEROEPSGROEP_PER_EERSTE_CIJFER: Readonly<Record<string, string>> = {
  '1': 'arts',
  '3': 'tandarts',
  '4': 'verpleegkundige of vroedvrouw',
  '5': 'kinesitherapeut of logopedist',
  '6': 'apotheker',
}

function passendModulus(cijfers: string): RizivModulus | null {
  const basis = Number(cijfers.slice(0, 6))
  const controle = Number(cijfers.slice(6, 8))
  return MODULI.find((m) => controle === m - (basis % m)) ?? null
}

export function formatRiziv(value: string): string {
  const c = value.replace(/[\s.\-/]/g, '')
  if (!/^\d{11}$/.test(c)) return value
  return `${c[0]}-${c.slice(1, 6)}-${c.slice(6, 8)}-${c.slice(8)}`
}

export function parseRiziv(input: string): RizivResult {
  if (input.trim() === '') return { ok: false, reason: 'Vul een RIZIV-nummer in.' }
  const value = input.replace(/[\s.\-/]/g, '')
  if (!/^\d+$/.test(value)) {
    return {
      ok: false,
      reason: 'Een RIZIV-nummer bevat alleen cijfers, bijvoorbeeld 1-12345-78-004.',
    }
  }
  if (value.length !== 11) {
    return {
      ok: false,
      reason: `Een RIZIV-nummer bestaat uit 11 cijfers (bijvoorbeeld 1-12345-78-004); dit nummer heeft er ${value.length}.`,
    }
  }
  const modulus = passendModulus(value)
  const checkDigitValid = modulus !== null
  return {
    ok: true,
    value,
    formatted: formatRiziv(value),
    identiteit: value.slice(0, 8),
    checkDigitValid,
    modulus,
    ...(checkDigitValid
      ? {}
      : {
          warning:
            'Het controlegetal van dit RIZIV-nummer (het 7de en 8ste cijfer) klopt niet. Controleer het nummer; het wordt wel bewaard.',
        }),
    kwalificatiecode: value.slice(8),
    beroepsgroep: BEROEPSGROEP_PER_EERSTE_CIJFER[value[0]] ?? null,
  }
}
