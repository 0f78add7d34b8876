import nextEnv from '@next/env'

import { localNotitiesSleutel, localSecret } from './localSecret'

// Imported first by the scripts: .env and defaults must be in place before the database and the
// Payload config are settled (src/db/env.ts, imported right after this).
nextEnv.loadEnvConfig(process.cwd())
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.PAYLOAD_SECRET ||= localSecret()
process.env.NOTITIES_SLEUTEL ||= localNotitiesSleutel()
