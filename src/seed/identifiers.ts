import type { Rng } from './prng'

/**
 * Valid-looking Belgian identifiers for demo fiches. Each generator remembers what it handed out, so
 * one run never gives two fiches the same number.
 */

/** KBO enterprise number: 10 digits, starting with 0 or 1, the last two = 97 - (first eight mod 97). */
export function kboFromBase(eightDigits: string): string {
  const check = 97 - (Number(eightDigits) % 97)
  return `${eightDigits}${String(check).padStart(2, '0')}`
}

/** As people type it: 0412.345.678, sometimes without dots or as a VAT number. */
export function formatKboTyped(rng: Rng, kbo: string): string {
  const r = rng.float()
  if (r < 0.7) return `${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}`
  if (r < 0.85) return kbo
  return `BE ${kbo.slice(0, 4)} ${kbo.slice(4, 7)} ${kbo.slice(7)}`
}

export class KboGenerator {
  private readonly used = new Set<string>()

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (;;) {
      // Numbers given since 2023 start with 1; older ones with 0 and mostly 04xx-08xx.
      const base = this.rng.chance(0.05)
        ? `1${this.rng.digits(7)}`
        : `0${this.rng.int(2, 8)}${this.rng.digits(6)}`
      const kbo = kboFromBase(base)
      if (!this.used.has(kbo)) {
        this.used.add(kbo)
        return kbo
      }
    }
  }
}

/**
 * First digit of the RIZIV number per profession, as in src/domain/identifiers/riziv.ts: 1 doctors,
 * 3 dentists, 4 nurses and midwives, 5 physiotherapists and speech therapists, 6 pharmacists.
 * Professions not listed get no RIZIV number in the demo (their prefix is not verified).
 */
export const RIZIV_PREFIX: Readonly<Record<string, string>> = {
  huisarts: '1',
  arts_specialist: '1',
  tandarts: '3',
  vroedvrouw: '4',
  verpleegkundige: '4',
  kinesitherapeut: '5',
  logopedist: '5',
  apotheker: '6',
}

// Qualification codes (last three digits): 003/004 a recognised GP; the others are demo values.
const KWALIFICATIES: Readonly<Record<string, readonly string[]>> = {
  huisarts: ['003', '004'],
  arts_specialist: ['540', '580', '690', '730', '770', '790'],
  tandarts: ['001', '004', '008'],
  vroedvrouw: ['405'],
  verpleegkundige: ['401', '404'],
  kinesitherapeut: ['527', '528'],
  logopedist: ['801'],
  apotheker: ['020'],
}

/** P-NNNNN-CC-QQQ with CC = modulus - (first six digits mod modulus), modulus 97 (older) or 89. */
export function rizivFromParts(
  prefix: string,
  nummer: string,
  kwalificatie: string,
  modulus: 97 | 89,
): string {
  const basis = Number(`${prefix}${nummer}`)
  const check = modulus - (basis % modulus)
  return `${prefix}${nummer}${String(check).padStart(2, '0')}${kwalificatie}`
}

export function formatRizivTyped(riziv: string): string {
  return `${riziv[0]}-${riziv.slice(1, 6)}-${riziv.slice(6, 8)}-${riziv.slice(8)}`
}

export class RizivGenerator {
  private readonly used = new Set<string>()

  constructor(private readonly rng: Rng) {}

  /** An 11-digit RIZIV number for the profession, or null when the demo gives it none. */
  next(beroep: string): string | null {
    const prefix = RIZIV_PREFIX[beroep]
    if (!prefix) return null
    for (;;) {
      const nummer = this.rng.digits(5)
      if (this.used.has(prefix + nummer)) continue
      this.used.add(prefix + nummer)
      const modulus = this.rng.chance(0.6) ? 97 : 89
      return rizivFromParts(prefix, nummer, this.rng.pick(KWALIFICATIES[beroep]), modulus)
    }
  }
}
