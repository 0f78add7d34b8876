/** The environment as the config module reads it: process.env, or a plain object in tests. */
export type Env = Record<string, string | undefined>

/**
 * Only the given variables, trimmed, with empty values dropped: `SMTP_USER=` in .env means "not
 * set", as it does for every variable here.
 */
export function pick(env: Env, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const name of names) {
    const value = env[name]?.trim()
    if (value) picked[name] = value
  }
  return picked
}

/** A cheap key of the values read, so a change to process.env (tests, scripts) is seen. */
export const fingerprint = (env: Env, names: readonly string[]): string =>
  names.map((name) => env[name] ?? '\u0000').join('\u0001')
