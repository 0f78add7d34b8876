// Imported first by scripts/e2e-server.ts: its own embedded database, emptied every run, unless
// the caller gives DATABASE_URL.
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.PAYLOAD_SECRET ??= 'e2e-secret'
// A fixed test key: the end-to-end database is thrown away after every run anyway.
process.env.NOTITIES_SLEUTEL ??= '0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e'
process.env.EMBEDDED_PG_DIR = process.env.E2E_PG_DIR ?? '.data/postgres-e2e'
process.env.EMBEDDED_PG_PORT = process.env.E2E_PG_PORT ?? '54349'
process.env.EMBEDDED_PG_DATABASE = 'sociale_kaart_e2e'
process.env.EMBEDDED_PG_FRESH = 'true'

export {}
