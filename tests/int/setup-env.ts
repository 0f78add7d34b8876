import { inject } from 'vitest'

// Before any test imports the Payload config, which reads DATABASE_URL when it is evaluated.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'test-secret'
process.env.MEDIA_DIR ??= '.data/media-test'
