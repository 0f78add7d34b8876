// The check at the start of a server process (instrumentation.ts) and of every script
// (scripts/lib/load-env.ts): a wrong configuration stops it at once, with one message that lists
// every missing or invalid variable, instead of failing later on the first mail or login.
import type { Env } from './env'
import { ConfigError } from './errors'
import { getConfig, type Config } from './read'

type Exit = (code: number) => never

export function checkConfigAtStartup(
  env: Env = process.env,
  log: (message: string) => void = console.error,
  exit: Exit = (code) => process.exit(code),
): Config {
  try {
    return getConfig(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    log(error.message)
    return exit(1)
  }
}
