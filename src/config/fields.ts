// Field types for environment variables, each with a Dutch message that follows the variable's
// name ("SMTP_PORT moet een poortnummer van 1 tot 65535 zijn, niet "abc"."). Secrets never have
// their value repeated in a message.
import { z } from 'zod'

const quoted = (value: unknown) => JSON.stringify(String(value))

export const text = () => z.string()

export function integer(range: { min: number; max: number; what?: string }) {
  return z.string().transform((raw, ctx) => {
    const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN
    if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) return value
    ctx.addIssue({
      code: 'custom',
      message: `moet ${range.what ?? `een geheel getal van ${range.min} tot ${range.max}`} zijn, niet ${quoted(raw)}.`,
    })
    return z.NEVER
  })
}

/** A TCP port; `allowZero` for a server that may take any free port. */
export const port = ({ allowZero = false } = {}) =>
  integer({
    min: allowZero ? 0 : 1,
    max: 65535,
    what: allowZero
      ? 'een poortnummer van 0 (een vrije poort) tot 65535'
      : 'een poortnummer van 1 tot 65535',
  })

/** on/off (also true/false, 1/0, yes/no): the switches of the workers and the cache. */
export const onOff = () =>
  z.stringbool({ error: (issue) => `moet on of off zijn, niet ${quoted(issue.input)}.` })

export const trueFalse = () =>
  z.stringbool({ error: (issue) => `moet true of false zijn, niet ${quoted(issue.input)}.` })

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const isOneOf = (value: string): value is T[number] =>
    (values as readonly string[]).includes(value)
  return z.string().transform((raw, ctx) => {
    const value = raw.toLowerCase()
    if (isOneOf(value)) return value
    ctx.addIssue({
      code: 'custom',
      message: `moet ${values.slice(0, -1).join(', ')} of ${values.at(-1)} zijn, niet ${quoted(raw)}.`,
    })
    return z.NEVER
  })
}

/** An absolute URL with one of the given protocols, without trailing slashes. */
export function url(protocols: readonly string[], example: string) {
  return z.string().transform((raw, ctx) => {
    let parsed: URL | null = null
    try {
      parsed = new URL(raw)
    } catch {
      parsed = null
    }
    if (parsed && protocols.includes(parsed.protocol.replace(/:$/, '')) && parsed.host)
      return raw.replace(/\/+$/, '')
    // A database address may carry a password: never in a message.
    const shown = raw.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
    ctx.addIssue({
      code: 'custom',
      message: `moet een geldig adres zijn dat begint met ${protocols.map((p) => `${p}://`).join(' of ')} (bv. ${example}), niet ${quoted(shown)}.`,
    })
    return z.NEVER
  })
}

export const email = () =>
  z.email({
    error: (issue) =>
      `moet een e-mailadres zijn (bv. noreply@desocialekaart.be), niet ${quoted(issue.input)}.`,
  })

/** A map tile address template: http(s) with the {z}, {x} and {y} placeholders. */
export const tileUrl = () =>
  z
    .string()
    .refine(
      (raw) =>
        /^https?:\/\/[^/]+\//.test(raw) &&
        ['{z}', '{x}', '{y}'].every((part) => raw.includes(part)),
      {
        error: (issue) =>
          `moet een adres van kaarttegels zijn met {z}, {x} en {y} (bv. https://tile.openstreetmap.org/{z}/{x}/{y}.png), niet ${quoted(issue.input)}.`,
      },
    )

/** A PostgreSQL database name as the embedded server creates it. */
export const databaseName = () =>
  z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, {
    error: (issue) =>
      `moet een databanknaam zijn (kleine letters, cijfers en _), niet ${quoted(issue.input)}.`,
  })
