// Reads the messages the development catcher stored, for the dev inbox page. Only ever used when
// DEV_MAIL_DIR is set, which scripts/start.ts does only when it started the catcher itself.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { type Env, getConfig } from '@/config'

export const devMailDir = (env?: Env): string | null => getConfig(env).mail.devMailDir

const ID = /^[\w.-]+\.eml$/

export function listStoredMails(dir: string, limit = 100): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => ID.test(name))
      .sort()
      .reverse()
      .slice(0, limit)
  } catch {
    return []
  }
}

export function readStoredMail(dir: string, id: string): Buffer | null {
  if (!ID.test(id)) return null
  try {
    return readFileSync(path.join(dir, id))
  } catch {
    return null
  }
}
