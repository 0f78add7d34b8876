/**
 * Writes a migration for the difference between the collections and the last migration's snapshot.
 * Usage: npm run migrate:create -- <name>
 */
import './lib/load-env'

import config from '@payload-config'
import { getPayload } from 'payload'

process.env.PAYLOAD_MIGRATING = 'true'
const name = process.argv[2] ?? 'change'
const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
process.exit(0)
