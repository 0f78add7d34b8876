// The two secrets outside production: random ones kept in .data/, made on first use, so a local
// run, the demo and the tests need nothing configured and logins and notes survive a restart. There
// is no built-in secret anywhere: without configuration and without these files, a new random one.
import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const LOCAL_SECRETS_DIR = '.data'
export const PAYLOAD_SECRET_FILE = 'payload-secret'
export const NOTITIES_KEY_FILE = 'notities-sleutel'

const readIfThere = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8').trim() || null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * The secret kept in dir/name, made when absent. Written to a temporary file and linked into place,
 * so processes starting together (next dev's workers) end up with one and the same secret.
 */
export function localSecret(dir: string, name: string): string {
  const file = path.join(dir, name)
  const existing = readIfThere(file)
  if (existing) return existing
  mkdirSync(dir, { recursive: true })
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(temporary, randomBytes(32).toString('hex'), { mode: 0o600 })
  try {
    linkSync(temporary, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temporary)
  }
  return readIfThere(file) ?? ''
}

let perProcess: { secret: string; sleutel: string } | null = null

/** For `next build`: random per process, never written, never used to sign anything that lasts. */
export function buildSecrets(): { secret: string; sleutel: string } {
  perProcess ??= {
    secret: randomBytes(32).toString('hex'),
    sleutel: randomBytes(32).toString('hex'),
  }
  return perProcess
}

/** NOTITIES_SLEUTEL as bytes: 64 hexadecimal characters, or base64 (also base64url) of 32 bytes. */
export function decodeNotitiesKey(value: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex')
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return null
  const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  return bytes.length === 32 ? bytes : null
}
