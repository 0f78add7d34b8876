import nextEnv from '@next/env'

import { checkConfigAtStartup } from '@/config'

// Imported first by the scripts: .env must be loaded before the database and the Payload config are
// settled (src/db/env.ts, imported right after this), and a wrong configuration stops the script
// here with every missing or invalid variable named. Outside production the secrets come from
// .data/ (src/config/secrets.ts), where the server `npm start` runs finds the same ones.
nextEnv.loadEnvConfig(process.cwd())
process.env.NEXT_TELEMETRY_DISABLED = '1'
checkConfigAtStartup()
