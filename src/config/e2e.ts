// Settings of the end-to-end test harness that scripts/e2e-server.ts and scripts/lib/e2e-env.ts
// read (tests/e2e and playwright.config.ts read their own E2E_PORT, CI and CHROMIUM_PATH). Not
// part of the app's configuration.
import { z } from 'zod'

import { type Env, pick } from './env'
import { ConfigError, problemsFromIssues } from './errors'
import { integer, port, text } from './fields'

const e2eShape = {
  E2E_FICHES: integer({ min: 1, max: 1_000_000 }).default(400),
  E2E_MAIL_DIR: text().optional(),
  E2E_SMTP_PORT: port({ allowZero: true }).default(0),
  E2E_PG_DIR: text().default('.data/postgres-e2e'),
  E2E_PG_PORT: port().default(54349),
}

export type E2eConfig = {
  fiches: number
  mailDir: string | null
  smtpPort: number
  pgDir: string
  pgPort: number
}

export function readE2eConfig(env: Env = process.env): E2eConfig {
  const parsed = z.object(e2eShape).safeParse(pick(env, Object.keys(e2eShape)))
  if (!parsed.success) throw new ConfigError(problemsFromIssues(parsed.error.issues))
  const v = parsed.data
  return {
    fiches: v.E2E_FICHES,
    mailDir: v.E2E_MAIL_DIR ?? null,
    smtpPort: v.E2E_SMTP_PORT,
    pgDir: v.E2E_PG_DIR,
    pgPort: v.E2E_PG_PORT,
  }
}
