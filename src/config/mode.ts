// What kind of process this is, the one rule that decides whether the production requirements
// apply (see index.ts for the rule in words).
import { z } from 'zod'

import { type Env, pick } from './env'
import { ConfigError, problemsFromIssues } from './errors'
import { oneOf, trueFalse } from './fields'

export type Mode = {
  /** NODE_ENV: `next start` and `next build` set production, `next dev` development, Vitest test. */
  nodeEnv: 'development' | 'production' | 'test'
  /** Demo data and demo accounts on an empty database: DEMO_MODE, else on unless NODE_ENV=production. */
  demo: boolean
  /** A production deployment: NODE_ENV=production and not a demo. Its secrets and mail must be set. */
  production: boolean
  /** `next build` evaluating the app (NEXT_PHASE=phase-production-build): nothing is served or signed. */
  building: boolean
}

export const modeShape = {
  NODE_ENV: oneOf(['development', 'production', 'test'] as const).default('development'),
  DEMO_MODE: trueFalse().optional(),
  NEXT_PHASE: z.string().optional(),
}

const MODE_VARIABLES = Object.keys(modeShape)

export function modeFrom(vars: {
  NODE_ENV: Mode['nodeEnv']
  DEMO_MODE?: boolean
  NEXT_PHASE?: string
}): Mode {
  const demo = vars.DEMO_MODE ?? vars.NODE_ENV !== 'production'
  return {
    nodeEnv: vars.NODE_ENV,
    demo,
    production: vars.NODE_ENV === 'production' && !demo,
    building: vars.NEXT_PHASE === 'phase-production-build',
  }
}

/**
 * The mode from variables that may be invalid (to report every problem at once): an unreadable
 * DEMO_MODE counts as unset, so production stays production.
 */
export function lenientMode(raw: Partial<Record<string, string>>): Mode {
  const parsed = z.object(modeShape).safeParse(raw)
  if (parsed.success) return modeFrom(parsed.data)
  return modeFrom({
    NODE_ENV: raw.NODE_ENV === 'production' ? 'production' : 'development',
    DEMO_MODE: raw.DEMO_MODE === 'true' ? true : undefined,
    NEXT_PHASE: raw.NEXT_PHASE,
  })
}

/** The mode alone, without the rest of the configuration (and without needing any secret). */
export function readMode(env: Env = process.env): Mode {
  const parsed = z.object(modeShape).safeParse(pick(env, MODE_VARIABLES))
  if (!parsed.success) throw new ConfigError(problemsFromIssues(parsed.error.issues))
  return modeFrom(parsed.data)
}
