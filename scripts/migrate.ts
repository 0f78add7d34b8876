/** npm run migrate: applies the committed migrations to DATABASE_URL (or the embedded database). */
import './lib/load-env'

import { bootPayload } from '@/db/bootstrap'

const booted = await bootPayload()
const { totalDocs } = await booted.payload.count({ collection: 'payload-migrations' })
console.log(`Migraties toegepast: ${totalDocs}`)
await booted.shutdown()
process.exit(0)
