import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ConfigError, getConfig, readConfig, type Env } from '@/config'
import { readE2eConfig } from '@/config/e2e'

const secretsDir = () => mkdtempSync(path.join(tmpdir(), 'config-test-'))
const read = (env: Env) => readConfig(env, { localSecretsDir: secretsDir() })

/** The problems a configuration is refused for, by variable. */
function refusal(env: Env): Record<string, string> {
  try {
    read(env)
  } catch (error) {
    if (error instanceof ConfigError)
      return Object.fromEntries(
        error.problems.map((p) => [p.variable, `${p.variable} ${p.message}`]),
      )
    throw error
  }
  throw new Error('the configuration was accepted')
}

describe('the configuration of a local run', () => {
  it('needs nothing set: a demo on the embedded database, mail to the log, the built-in search', () => {
    const config = read({})
    expect(config.mode).toEqual({
      nodeEnv: 'development',
      demo: true,
      production: false,
      building: false,
    })
    expect(config.serverUrl).toBeNull()
    expect(config.port).toBe(3000)
    expect(config.database).toEqual({
      url: null,
      poolMax: 10,
      embedded: { dataDir: '.data/postgres', port: 54329, database: 'sociale_kaart', fresh: false },
    })
    expect(config.mail).toMatchObject({
      smtp: null,
      from: { address: 'noreply@sociale-kaart.test', name: 'Sociale Kaart' },
      worker: true,
      devMailDir: null,
      devSmtpPort: 0,
    })
    expect(config.search).toEqual({
      engine: 'postgres',
      typesense: null,
      worker: true,
      cache: true,
    })
    expect(config.downloads).toEqual({ dir: path.resolve('.data/downloads'), worker: true })
    expect(config.jobs.autorun).toBe(true)
    expect(config.mediaDir).toBe('media')
    expect(config.map).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap-bijdragers',
    })
    expect(config.demo).toEqual({ password: 'demo1234', fiches: 3000 })
    expect(config.internalOrigin).toBeNull()
  })

  it('reads the values given, trimmed, and counts an empty value as not set', () => {
    const config = read({
      NEXT_PUBLIC_SERVER_URL: 'https://kaart.example.be/ ',
      SMTP_HOST: ' mail.example.be ',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: '',
      MAIL_FROM: 'kaart@example.be',
      MAIL_WORKER: 'off',
      SEARCH_CACHE: 'OFF',
      DATABASE_URL: 'postgres://kaart:wachtwoord@db:5432/kaart',
      DATABASE_POOL_MAX: '25',
      SEARCH_ENGINE: 'Typesense',
      TYPESENSE_URL: 'http://zoek:8108',
      TYPESENSE_API_KEY: 'sleutel',
      PORT: '8080',
      NEXT_RUNTIME: 'nodejs',
      RUN_NODE_ARGS: '--cpu-prof  --cpu-prof-dir=/tmp/prof',
    })
    expect(config.serverUrl).toBe('https://kaart.example.be')
    expect(config.mail.smtp).toEqual({
      host: 'mail.example.be',
      port: 465,
      secure: true,
      user: undefined,
      pass: undefined,
    })
    expect(config.mail.from.address).toBe('kaart@example.be')
    expect(config.mail.worker).toBe(false)
    expect(config.search).toEqual({
      engine: 'typesense',
      typesense: { url: 'http://zoek:8108', apiKey: 'sleutel', collection: 'fiches' },
      worker: true,
      cache: false,
    })
    expect(config.database.url).toBe('postgres://kaart:wachtwoord@db:5432/kaart')
    expect(config.database.poolMax).toBe(25)
    expect(config.internalOrigin).toBe('http://127.0.0.1:8080')
    expect(config.runNodeArgs).toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/prof'])
  })

  it('refuses invalid values with one Dutch message per variable, naming it, all at once', () => {
    const problems = refusal({
      PORT: 'drieduizend',
      SMTP_PORT: '70000',
      DEV_SMTP_PORT: '-1',
      DATABASE_POOL_MAX: '0',
      DATABASE_URL: 'mysql://kaart:supergeheim@db/kaart',
      NEXT_PUBLIC_SERVER_URL: 'kaart.example.be',
      NEXT_PUBLIC_MAP_TILE_URL: 'https://tegels.example.be/kaart.png',
      MAIL_FROM: 'geen-adres',
      MAIL_WORKER: 'misschien',
      SMTP_SECURE: 'ja graag',
      NODE_ENV: 'staging',
      SEARCH_ENGINE: 'elastic',
      EMBEDDED_PG_DATABASE: 'Sociale Kaart',
    })
    expect(problems).toEqual({
      PORT: 'PORT moet een poortnummer van 1 tot 65535 zijn, niet "drieduizend".',
      SMTP_PORT: 'SMTP_PORT moet een poortnummer van 1 tot 65535 zijn, niet "70000".',
      DEV_SMTP_PORT:
        'DEV_SMTP_PORT moet een poortnummer van 0 (een vrije poort) tot 65535 zijn, niet "-1".',
      DATABASE_POOL_MAX: 'DATABASE_POOL_MAX moet een geheel getal van 1 tot 1000 zijn, niet "0".',
      DATABASE_URL: expect.stringMatching(
        /^DATABASE_URL moet een geldig adres zijn dat begint met postgres:\/\/ of postgresql:\/\//,
      ),
      NEXT_PUBLIC_SERVER_URL: expect.stringMatching(
        /^NEXT_PUBLIC_SERVER_URL moet een geldig adres zijn dat begint met http:\/\/ of https:\/\//,
      ),
      NEXT_PUBLIC_MAP_TILE_URL: expect.stringMatching(
        /^NEXT_PUBLIC_MAP_TILE_URL moet een adres van kaarttegels zijn met \{z\}, \{x\} en \{y\}/,
      ),
      MAIL_FROM:
        'MAIL_FROM moet een e-mailadres zijn (bv. noreply@desocialekaart.be), niet "geen-adres".',
      MAIL_WORKER: 'MAIL_WORKER moet on of off zijn, niet "misschien".',
      SMTP_SECURE: 'SMTP_SECURE moet true of false zijn, niet "ja graag".',
      NODE_ENV: 'NODE_ENV moet development, production of test zijn, niet "staging".',
      SEARCH_ENGINE: 'SEARCH_ENGINE moet postgres of typesense zijn, niet "elastic".',
      EMBEDDED_PG_DATABASE:
        'EMBEDDED_PG_DATABASE moet een databanknaam zijn (kleine letters, cijfers en _), niet "Sociale Kaart".',
    })
  })

  it('never repeats a password or a secret in a message', () => {
    const problems = refusal({
      DATABASE_URL: 'mysql://kaart:supergeheim@db/kaart',
      NOTITIES_SLEUTEL: 'ook-supergeheim',
    })
    expect(problems.DATABASE_URL).toContain('mysql://kaart:***@db/kaart')
    expect(Object.values(problems).join('\n')).not.toContain('supergeheim')
    expect(problems.NOTITIES_SLEUTEL).toBe(
      'NOTITIES_SLEUTEL moet 32 bytes zijn: 64 hexadecimale tekens of base64 (bv. de uitvoer van `openssl rand -hex 32`).',
    )
  })

  it('refuses settings that only work together when one is missing', () => {
    expect(Object.keys(refusal({ SEARCH_ENGINE: 'typesense' }))).toEqual([
      'TYPESENSE_URL',
      'TYPESENSE_API_KEY',
    ])
    expect(refusal({ SMTP_HOST: 'mail.example.be', SMTP_USER: 'kaart' })).toEqual({
      SMTP_PASS: expect.stringMatching(/^SMTP_PASS ontbreekt: SMTP_USER is gezet/),
    })
  })

  it('takes the notes key as 64 hexadecimal characters or as base64 of 32 bytes', () => {
    const bytes = randomBytes(32)
    expect(read({ NOTITIES_SLEUTEL: bytes.toString('hex') }).notitiesSleutel.equals(bytes)).toBe(
      true,
    )
    expect(read({ NOTITIES_SLEUTEL: bytes.toString('base64') }).notitiesSleutel.equals(bytes)).toBe(
      true,
    )
    expect(
      read({ NOTITIES_SLEUTEL: bytes.toString('base64url') }).notitiesSleutel.equals(bytes),
    ).toBe(true)
    expect(Object.keys(refusal({ NOTITIES_SLEUTEL: randomBytes(16).toString('hex') }))).toEqual([
      'NOTITIES_SLEUTEL',
    ])
  })

  it('is read again when a variable changes, and kept while none does', () => {
    const env: Env = {
      PAYLOAD_SECRET: 'een-geheim-voor-deze-test',
      NOTITIES_SLEUTEL: randomBytes(32).toString('hex'),
      SMTP_PORT: '25',
    }
    const first = getConfig(env)
    expect(getConfig({ ...env })).toBe(first)
    env.SMTP_PORT = '2525'
    env.SMTP_HOST = 'mail.example.be'
    expect(getConfig(env).mail.smtp?.port).toBe(2525)
  })
})

describe('the end-to-end harness settings', () => {
  it('have defaults and Dutch messages of their own', () => {
    expect(readE2eConfig({})).toEqual({
      fiches: 400,
      mailDir: null,
      smtpPort: 0,
      pgDir: '.data/postgres-e2e',
      pgPort: 54349,
    })
    expect(() => readE2eConfig({ E2E_PG_PORT: 'x' })).toThrow(
      'E2E_PG_PORT moet een poortnummer van 1 tot 65535 zijn, niet "x".',
    )
  })
})
