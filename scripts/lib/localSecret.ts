import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const FILE = '.data/payload-secret'
const NOTITIES_FILE = '.data/notities-sleutel'

/**
 * Login tokens are signed with PAYLOAD_SECRET. Production must set it; a local run gets a random
 * one kept in .data/ so that logins survive a restart.
 */
export const localSecret = (): string => {
  if (process.env.NODE_ENV === 'production' && process.env.DEMO_MODE !== 'true') {
    throw new Error('Zet PAYLOAD_SECRET (een lange willekeurige tekst) in de omgeving of in .env voor productie.')
  }
  if (existsSync(FILE)) return readFileSync(FILE, 'utf8').trim()
  mkdirSync('.data', { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(FILE, secret, { mode: 0o600 })
  return secret
}

/**
 * Private notes are encrypted with NOTITIES_SLEUTEL. Production must set it (and keep it: without it
 * the notes cannot be read); a local run gets a random one kept in .data/ beside the secret.
 */
export const localNotitiesSleutel = (): string => {
  if (process.env.NODE_ENV === 'production' && process.env.DEMO_MODE !== 'true') {
    throw new Error('Zet NOTITIES_SLEUTEL (32 willekeurige bytes, hex of base64) in de omgeving of in .env voor productie.')
  }
  if (existsSync(NOTITIES_FILE)) return readFileSync(NOTITIES_FILE, 'utf8').trim()
  mkdirSync('.data', { recursive: true })
  const sleutel = randomBytes(32).toString('hex')
  writeFileSync(NOTITIES_FILE, sleutel, { mode: 0o600 })
  return sleutel
}
