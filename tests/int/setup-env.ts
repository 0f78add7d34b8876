import { inject } from 'vitest'

// Before any test imports the Payload config, which reads DATABASE_URL when it is evaluated.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'test-secret'
process.env.MEDIA_DIR ??= '.data/media-test'
process.env.JOBS_AUTORUN ??= 'off' // the tests run the jobs queue themselves (tests/int/content-schedule.test.ts)
