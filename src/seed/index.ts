export {
  DEMO_ACCOUNTS,
  DEFAULT_DEMO_PASSWORD,
  demoAccountsAllowed,
  type DemoAccount,
} from './accounts'
export { consoleProgress, formatDemoAccounts, formatSummary } from './console'
export { isDatabaseEmpty, resetDatabase } from './db'
export { demoModeEnabled } from './demo-mode'
export { DemoGenerator, DEMO_REFERENCE_DATE, MIN_FICHES } from './generator'
export { BULK_THRESHOLD, seedDemo, type SeedOptions, type SeedSummary } from './seed-demo'
