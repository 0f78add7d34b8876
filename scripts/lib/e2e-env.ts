// Imported first by scripts/e2e-server.ts: its own embedded database, emptied every run, unless
// the caller gives DATABASE_URL.
import { checkConfigAtStartup } from '@/config'
import { readE2eConfig } from '@/config/e2e'

process.env.NEXT_TELEMETRY_DISABLED = '1'
// A demo (demo accounts with known passwords, served over http://127.0.0.1), so no production
// deployment for src/config: its secrets are the local ones in .data/, like npm start's.
process.env.DEMO_MODE = 'true'
const e2e = readE2eConfig()
process.env.EMBEDDED_PG_DIR = e2e.pgDir
process.env.EMBEDDED_PG_PORT = String(e2e.pgPort)
process.env.EMBEDDED_PG_DATABASE = 'sociale_kaart_e2e'
process.env.EMBEDDED_PG_FRESH = 'true'
checkConfigAtStartup()
