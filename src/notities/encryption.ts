// Private notes are stored only as AES-256-GCM ciphertext. The key comes from configuration
// (NOTITIES_SLEUTEL, 32 bytes as base64 or hex); the owner and fiche are bound in as associated
// data, so a ciphertext copied onto another user's or fiche's row does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { type Env, getConfig } from '@/config'

const VERSIE = 'v1'

export type NotitieContext = { eigenaar: number; ficheSoort: string; ficheId: number }

/** The key from configuration: required in production, a local one in .data/ elsewhere (src/config). */
export function notitieKey(env?: Env): Buffer {
  return getConfig(env).notitiesSleutel
}

const aad = (ctx: NotitieContext) => Buffer.from(`${ctx.eigenaar}:${ctx.ficheSoort}:${ctx.ficheId}`)

export function encrypt(tekst: string, ctx: NotitieContext, sleutel = notitieKey()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sleutel, iv)
  cipher.setAAD(aad(ctx))
  const data = Buffer.concat([cipher.update(tekst, 'utf8'), cipher.final()])
  return [
    VERSIE,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join('.')
}

export function decrypt(waarde: string, ctx: NotitieContext, sleutel = notitieKey()): string {
  const [versie, iv, tag, data] = waarde.split('.')
  if (versie !== VERSIE || !iv || !tag || data === undefined)
    throw new Error('Onbekend formaat van versleutelde notitie')
  const decipher = createDecipheriv('aes-256-gcm', sleutel, Buffer.from(iv, 'base64url'))
  decipher.setAAD(aad(ctx))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8')
}
