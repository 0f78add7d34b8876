import { type Env, readMode } from '@/config'

/**
 * Demo mode (demo data and demo accounts on an empty database): on by default, off when
 * NODE_ENV=production; DEMO_MODE=true forces it on, DEMO_MODE=false switches it off.
 */
export function demoModeEnabled(env?: Env): boolean {
  return readMode(env).demo
}
