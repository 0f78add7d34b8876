import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Reads a file from src/domain/data. Next.js bundles server code into .next/, where a path relative to
 * this module may not exist, so the project root (process.cwd() in `next start`, tests and scripts)
 * is tried next. The folder is computed from import.meta.url instead of `new URL('../data/x', ...)`
 * so bundlers do not turn the data files into emitted assets with a different URL.
 */
export function readDomainDataFile(naam: string): string {
  const kandidaten: string[] = []
  try {
    kandidaten.push(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', naam))
  } catch {
    // import.meta.url is not a file: URL inside some bundles; the cwd fallback covers that.
  }
  kandidaten.push(path.join(process.cwd(), 'src', 'domain', 'data', naam))

  for (const pad of kandidaten) {
    if (fs.existsSync(pad)) return fs.readFileSync(pad, 'utf8')
  }
  throw new Error(`Databestand ${naam} niet gevonden (gezocht in: ${kandidaten.join(', ')})`)
}
