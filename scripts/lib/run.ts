import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import { getConfig } from '@/config'

const require = createRequire(import.meta.url)

/** Each tool's entry file, relative to its package (some packages do not export their bin). */
export const BINS = {
  next: ['next', 'dist/bin/next'],
  playwright: ['@playwright/test', 'cli.js'],
  vitest: ['vitest', 'vitest.mjs'],
  typescript: ['typescript', 'bin/tsc'],
} as const

const binPath = (bin: keyof typeof BINS) => {
  const [pkg, file] = BINS[bin]
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file)
}

// Node flags for the tool's own process, e.g. RUN_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to
// profile `next start` under the page benchmark (NODE_OPTIONS refuses --cpu-prof).
const nodeArgs = () => getConfig().runNodeArgs

/** Runs a project binary with the environment that the launcher prepared (DATABASE_URL and all). */
export const runBin = (
  bin: keyof typeof BINS,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess =>
  spawn(process.execPath, [...nodeArgs(), binPath(bin), ...args], { stdio: 'inherit', env })

export const waitForExit = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => {
    child.on('error', () => resolve(1))
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
