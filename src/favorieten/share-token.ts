// Share links: 256 random bits, so a link cannot be guessed; revoking removes the value, so an old
// link finds nothing. Only the owner reads the value (collection access); the shared pages look it
// up with the exact value, after a format check, and answer 404 for anything else.
import { randomBytes } from 'node:crypto'

export const newShareToken = (): string => randomBytes(32).toString('base64url')

export const isShareToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
