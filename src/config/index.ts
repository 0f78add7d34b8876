/**
 * The configuration of the app and its scripts: every environment variable is read, validated and
 * typed here (schema.ts lists them with their defaults; README "Configuration" and .env.example
 * explain them). Code asks `getConfig()` instead of reading process.env.
 *
 * Production. A production deployment is NODE_ENV=production (what `next start` sets) and not a
 * demo. A demo is DEMO_MODE=true, or the local demo start: `npm start` without NODE_ENV=production
 * is in demo mode and passes DEMO_MODE=true to the `next start` it runs (scripts/start.ts), as does
 * the end-to-end server (scripts/lib/e2e-env.ts). A production deployment refuses to start without
 * PAYLOAD_SECRET (32+ characters), NOTITIES_SLEUTEL (32 bytes), an https NEXT_PUBLIC_SERVER_URL,
 * SMTP_HOST and MAIL_FROM. `next build` (NEXT_PHASE=phase-production-build) is never held to that:
 * it serves nothing and signs nothing that lasts.
 *
 * Secrets. There is no built-in secret. Outside production, an unset PAYLOAD_SECRET or
 * NOTITIES_SLEUTEL is a random one kept in .data/ (made on first use, shared by every local
 * process); during `next build`, a random one per process. Every key derived from the secret (the
 * revalidation route's, the signed form messages') comes from this one PAYLOAD_SECRET.
 *
 * The check. `checkConfigAtStartup()` runs when a server process starts (instrumentation.ts) and in
 * every script (scripts/lib/load-env.ts, scripts/lib/e2e-env.ts): one message lists every missing
 * or invalid variable, in Dutch, each by name, and the process stops.
 *
 * Public variables. NEXT_PUBLIC_* are read here for server code. A client component must read them
 * as the literal `process.env.NEXT_PUBLIC_X` (Next writes the value in at build time) and must never
 * import this module, which holds the server's secrets.
 *
 * Not here: the test harness's own settings (TEST_DATABASE_URL, TEST_PG_*, E2E_PORT, BENCH_*,
 * CHROMIUM_PATH, CI), read in tests/, tests/bench/ and playwright.config.ts; the E2E_* settings the
 * end-to-end server script reads are in e2e.ts. Variables the scripts only set for the tools they
 * run (NEXT_TELEMETRY_DISABLED, PAYLOAD_MIGRATING) are read by Next.js and Payload themselves.
 */
export type { Env } from './env'
export { ConfigError } from './errors'
export { readMode, type Mode } from './mode'
export { getConfig, readConfig, type Config } from './read'
export { DEFAULT_DEMO_PASSWORD } from './schema'
export { checkConfigAtStartup } from './startup'
