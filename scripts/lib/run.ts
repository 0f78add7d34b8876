import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const BINS = {
  next: 'next/dist/bin/next',
  playwright: '@playwright/test/cli.js',
  vitest: 'vitest/vitest.mjs',
  typescript: 'typescript/bin/tsc',
} as const

/** Runs a project binary with the environment that the launcher prepared (DATABASE_URL and all). */
export const runBin = (bin: keyof typeof BINS, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess =>
  spawn(process.execPath, [require.resolve(BINS[bin]), ...args], { stdio: 'inherit', env })

export const waitForExit = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
