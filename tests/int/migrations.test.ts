import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { testPayload } from './helpers/payload'

describe('migrations', () => {
  it('the committed migrations describe exactly the schema the collections need', async () => {
    const payload = await testPayload()
    const db = payload.db
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .reverse()[0]
    const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
    const statements = await generateMigration(before, await generateDrizzleJson(db.schema))
    expect(statements, 'run `npm run migrate:create -- <name>` and commit the migration').toEqual(
      [],
    )
  })
})
