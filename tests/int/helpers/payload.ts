import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '@/migrations'

let instance: Promise<Payload> | null = null

/** One Payload per test file (vitest isolates files), migrated from the committed migrations. */
export const testPayload = (): Promise<Payload> =>
  (instance ??= (async () => {
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    // Payload types a migration's up and down as taking unknown; the postgres adapter passes MigrateUpArgs.
    await payload.db.migrate({ migrations: migrations as Migration[] })
    return payload
  })())
