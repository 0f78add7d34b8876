// Where finished files live: under .data/downloads (DOWNLOADS_DIR), outside public/, so the only
// way to a file is the route that checks its owner. File names are the job's random token.
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { type Env, getConfig } from '@/config'

import type { Format } from './file'

export const downloadsDir = (env?: Env) => getConfig(env).downloads.dir

export async function filePath(token: string, formaat: Format): Promise<string> {
  if (!/^[\w-]+$/.test(token)) throw new Error('Ongeldig downloadtoken')
  const map = downloadsDir()
  await mkdir(map, { recursive: true })
  return path.join(map, `${token}.${formaat}`)
}

/** Removes a file; a file that is already gone is fine. Only names inside the downloads folder. */
export async function deleteFile(pad: string | null | undefined): Promise<void> {
  if (!pad) return
  const volledig = path.resolve(pad)
  if (path.dirname(volledig) !== downloadsDir()) return
  await rm(volledig, { force: true })
}
