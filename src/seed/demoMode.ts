/**
 * Demo mode (demo data and demo accounts on an empty database): on by default, off when
 * NODE_ENV=production; DEMO_MODE=true forces it on, DEMO_MODE=false switches it off.
 */
export function demoModeEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (env.DEMO_MODE === 'true') return true
  if (env.DEMO_MODE === 'false') return false
  return env.NODE_ENV !== 'production'
}
