import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { checkConfigAtStartup, ConfigError, readConfig, type Env } from '@/config'
import { revalidationKey } from '@/revalidation/key'

const secretsDir = () => mkdtempSync(path.join(tmpdir(), 'config-test-'))

const NOTITIES_SLEUTEL = randomBytes(32).toString('hex')
const PAYLOAD_SECRET = randomBytes(32).toString('hex')

/** A complete production deployment. */
const production: Env = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET,
  NOTITIES_SLEUTEL,
  NEXT_PUBLIC_SERVER_URL: 'https://www.desocialekaart.be',
  SMTP_HOST: 'smtp.example.be',
  MAIL_FROM: 'noreply@desocialekaart.be',
}

const without = (name: string): Env =>
  Object.fromEntries(Object.entries(production).filter(([key]) => key !== name))

function problemsOf(env: Env, localSecretsDir = secretsDir()): string[] {
  try {
    readConfig(env, { localSecretsDir })
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable} ${p.message}`)
    throw error
  }
  throw new Error('the configuration was accepted')
}

describe('a production deployment (NODE_ENV=production, not a demo)', () => {
  it('starts with its secrets, its https address and its mail server, and uses exactly what it was given', () => {
    const dir = secretsDir()
    const config = readConfig(production, { localSecretsDir: dir })
    expect(config.mode).toEqual({
      nodeEnv: 'production',
      demo: false,
      production: true,
      building: false,
    })
    expect(config.payloadSecret).toBe(PAYLOAD_SECRET)
    expect(config.notitiesSleutel.equals(Buffer.from(NOTITIES_SLEUTEL, 'hex'))).toBe(true)
    expect(readdirSync(dir)).toEqual([])
  })

  it.each([
    'PAYLOAD_SECRET',
    'NOTITIES_SLEUTEL',
    'NEXT_PUBLIC_SERVER_URL',
    'SMTP_HOST',
    'MAIL_FROM',
  ])('refuses to start without %s', (name) => {
    const problems = problemsOf(without(name))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${name} ontbreekt: `))
  })

  it('refuses an http address and a short secret', () => {
    expect(
      problemsOf({ ...production, NEXT_PUBLIC_SERVER_URL: 'http://www.desocialekaart.be' }),
    ).toEqual([
      'NEXT_PUBLIC_SERVER_URL moet in productie met https:// beginnen, niet "http://www.desocialekaart.be".',
    ])
    expect(problemsOf({ ...production, PAYLOAD_SECRET: 'change-me' })).toEqual([
      'PAYLOAD_SECRET is te kort (9 tekens): gebruik in productie minstens 32 willekeurige tekens (bv. de uitvoer van `openssl rand -hex 32`).',
    ])
  })

  it('never falls back to a secret of its own, not even to a local one left in .data/', () => {
    const dir = secretsDir()
    writeFileSync(path.join(dir, 'payload-secret'), randomBytes(32).toString('hex'))
    writeFileSync(path.join(dir, 'notities-sleutel'), randomBytes(32).toString('hex'))
    expect(problemsOf({ ...without('PAYLOAD_SECRET'), NOTITIES_SLEUTEL: '' }, dir)).toEqual([
      expect.stringMatching(/^PAYLOAD_SECRET ontbreekt/),
      expect.stringMatching(/^NOTITIES_SLEUTEL ontbreekt/),
    ])
  })

  it('reports a missing secret also when another value is invalid, so one start shows everything', () => {
    expect(
      problemsOf({ ...without('PAYLOAD_SECRET'), SMTP_PORT: 'abc', DEMO_MODE: 'misschien' }),
    ).toEqual([
      'DEMO_MODE moet true of false zijn, niet "misschien".',
      'SMTP_PORT moet een poortnummer van 1 tot 65535 zijn, niet "abc".',
      expect.stringMatching(/^PAYLOAD_SECRET ontbreekt/),
    ])
  })
})

describe('the start-up check', () => {
  it('stops a production server started without any configuration, naming every missing variable in one message', () => {
    const log = vi.fn()
    const exit = vi.fn<(code: number) => never>(() => {
      throw new Error('exit')
    })
    expect(() => checkConfigAtStartup({ NODE_ENV: 'production' }, log, exit)).toThrow('exit')
    expect(exit).toHaveBeenCalledWith(1)
    expect(log).toHaveBeenCalledTimes(1)
    const message = String(log.mock.calls[0]?.[0])
    expect(message).toMatch(
      /^De configuratie is niet in orde voor productie \(NODE_ENV=production zonder DEMO_MODE=true\), 5 problemen:/,
    )
    for (const name of [
      'PAYLOAD_SECRET',
      'NOTITIES_SLEUTEL',
      'NEXT_PUBLIC_SERVER_URL',
      'SMTP_HOST',
      'MAIL_FROM',
    ])
      expect(message).toContain(`  - ${name} ontbreekt: `)
  })

  it('lets a complete production configuration through', () => {
    const exit = vi.fn<(code: number) => never>()
    expect(checkConfigAtStartup(production, vi.fn(), exit).mode.production).toBe(true)
    expect(exit).not.toHaveBeenCalled()
  })
})

describe('outside production', () => {
  it.each([
    [
      'the quick start (npm start runs next start with DEMO_MODE=true)',
      { NODE_ENV: 'production', DEMO_MODE: 'true' },
    ],
    ['next dev', { NODE_ENV: 'development' }],
    ['the tests', { NODE_ENV: 'test' }],
  ])(
    '%s keeps random secrets in .data/, the same on every read, never a built-in one',
    (_, env) => {
      const dir = secretsDir()
      const config = readConfig(env, { localSecretsDir: dir })
      expect(config.mode.production).toBe(false)
      expect(config.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
      expect(readFileSync(path.join(dir, 'payload-secret'), 'utf8')).toBe(config.payloadSecret)
      expect(readFileSync(path.join(dir, 'notities-sleutel'), 'utf8')).toBe(
        config.notitiesSleutel.toString('hex'),
      )
      expect(statSync(path.join(dir, 'payload-secret')).mode & 0o077).toBe(0)
      const again = readConfig(env, { localSecretsDir: dir })
      expect(again.payloadSecret).toBe(config.payloadSecret)
      expect(again.notitiesSleutel.equals(config.notitiesSleutel)).toBe(true)
      // Another machine (another .data/) gets other secrets: nothing is built in.
      const elsewhere = readConfig(env, { localSecretsDir: secretsDir() })
      expect(elsewhere.payloadSecret).not.toBe(config.payloadSecret)
      expect(elsewhere.notitiesSleutel.equals(config.notitiesSleutel)).toBe(false)
    },
  )

  it('serves over http and without a mail server', () => {
    const config = readConfig(
      {
        NODE_ENV: 'production',
        DEMO_MODE: 'true',
        NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:3100',
      },
      { localSecretsDir: secretsDir() },
    )
    expect(config.serverUrl).toBe('http://127.0.0.1:3100')
    expect(config.mail.smtp).toBeNull()
  })

  it('next build is held to nothing and writes nothing: its secrets are random and kept in memory only', () => {
    const dir = secretsDir()
    const config = readConfig(
      { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' },
      { localSecretsDir: dir },
    )
    expect(config.mode).toMatchObject({ production: true, building: true })
    expect(config.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('keys derived from the one secret', () => {
  it('the revalidation key is never made from an empty secret', () => {
    expect(() => revalidationKey('')).toThrow(/PAYLOAD_SECRET ontbreekt/)
    expect(revalidationKey(PAYLOAD_SECRET)).not.toBe(
      revalidationKey(randomBytes(32).toString('hex')),
    )
  })
})

describe('the sources', () => {
  const roots = [
    'src',
    'app',
    'scripts',
    'collections',
    'hooks',
    'access',
    'instrumentation.ts',
    'proxy.ts',
  ]
  const files = (entry: string): string[] =>
    statSync(entry).isDirectory()
      ? readdirSync(entry).flatMap((name) => files(path.join(entry, name)))
      : /\.(ts|tsx|mjs)$/.test(entry)
        ? [entry]
        : []

  it('hold no built-in secret and read no variable outside src/config', () => {
    const found: string[] = []
    for (const file of roots.flatMap(files)) {
      if (file.startsWith(path.join('src', 'config'))) continue
      const text = readFileSync(file, 'utf8')
      if (
        /(PAYLOAD_SECRET|NOTITIES_SLEUTEL)\s*(\?\?|\|\|)=?\s*['"`]|secret:\s*['"`]|dev-secret/.test(
          text,
        )
      )
        found.push(`${file}: built-in secret`)
      // Writes for child processes are fine; NEXT_RUNTIME must stay literal in instrumentation.ts.
      for (const match of text.matchAll(/(delete\s+)?process\.env(?:\.(\w+)|\[)(\s*=(?!=))?/g)) {
        const [, deleted, name, assigned] = match
        if (deleted || assigned || (name === 'NEXT_RUNTIME' && file === 'instrumentation.ts'))
          continue
        found.push(`${file}: reads process.env.${name ?? '[...]'}`)
      }
    }
    expect(found).toEqual([])
  })
})
