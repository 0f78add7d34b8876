// Reads, validates and shapes the configuration: readConfig for a given environment (tests),
// getConfig for this process (read again only when a variable changed).
import path from 'node:path'

import { type Env, fingerprint, pick } from './env'
import { ConfigError, problemsFromIssues } from './errors'
import { lenientMode, modeFrom, type Mode } from './mode'
import { consistencyProblems, productionProblems } from './rules'
import { DEFAULT_MAIL_FROM, DEFAULT_PORT, ENV_VARIABLES, envSchema, type EnvValues } from './schema'
import {
  buildSecrets,
  decodeNotitiesKey,
  LOCAL_SECRETS_DIR,
  localSecret,
  NOTITIES_KEY_FILE,
  PAYLOAD_SECRET_FILE,
} from './secrets'

export type SmtpConfig = {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
}

export type Config = {
  mode: Mode
  /** Signs login tokens, the account forms' messages, the suggestion form and the revalidation key. */
  payloadSecret: string
  /** The AES-256 key of the private notes (32 bytes). */
  notitiesSleutel: Buffer
  /** NEXT_PUBLIC_SERVER_URL without trailing slash; null: the request's own host is used. */
  serverUrl: string | null
  /** PORT, for `npm start` and local links (default 3000). */
  port: number
  /** Where this server reaches itself for the revalidation route; null in scripts and tests. */
  internalOrigin: string | null
  map: { tileUrl: string; attribution: string }
  mediaDir: string
  database: {
    /** DATABASE_URL; null: the embedded PostgreSQL below (src/db/env.ts then sets DATABASE_URL). */
    url: string | null
    poolMax: number
    embedded: { dataDir: string; port: number; database: string; fresh: boolean }
  }
  mail: {
    /** null: no SMTP server (outside production: mails go to the log). */
    smtp: SmtpConfig | null
    from: { address: string; name: string }
    worker: boolean
    /** The development inbox (/dev/mail), only when `npm start` runs its own SMTP catcher. */
    devMailDir: string | null
    devSmtpPort: number
  }
  search: {
    engine: 'postgres' | 'typesense'
    typesense: { url: string; apiKey: string; collection: string } | null
    worker: boolean
    cache: boolean
  }
  downloads: { dir: string; worker: boolean }
  jobs: { autorun: boolean }
  demo: { password: string; fiches: number }
  /** Node flags for the server `npm start` runs, e.g. --cpu-prof. */
  runNodeArgs: string[]
}

export type ReadOptions = {
  /** Where the local secrets are kept outside production (default .data). */
  localSecretsDir?: string
}

function secrets(values: EnvValues, mode: Mode, dir: string): { secret: string; sleutel: Buffer } {
  const fallback = mode.building ? buildSecrets() : null
  const secret = values.PAYLOAD_SECRET ?? fallback?.secret ?? localSecret(dir, PAYLOAD_SECRET_FILE)
  const sleutelText =
    values.NOTITIES_SLEUTEL ?? fallback?.sleutel ?? localSecret(dir, NOTITIES_KEY_FILE)
  const sleutel = decodeNotitiesKey(sleutelText)
  if (!sleutel) {
    throw new ConfigError([
      {
        variable: 'NOTITIES_SLEUTEL',
        message: `ontbreekt en ${path.join(dir, NOTITIES_KEY_FILE)} bevat geen geldige sleutel: verwijder dat bestand alleen als er nog geen notities zijn.`,
      },
    ])
  }
  return { secret, sleutel }
}

function shape(values: EnvValues, mode: Mode, options: ReadOptions): Config {
  const { secret, sleutel } = secrets(values, mode, options.localSecretsDir ?? LOCAL_SECRETS_DIR)
  const internalOrigin =
    values.REVALIDATIE_ORIGIN ??
    values.__NEXT_PRIVATE_ORIGIN ??
    (values.PORT && values.NEXT_RUNTIME ? `http://127.0.0.1:${values.PORT}` : null)
  return {
    mode,
    payloadSecret: secret,
    notitiesSleutel: sleutel,
    serverUrl: values.NEXT_PUBLIC_SERVER_URL ?? null,
    port: values.PORT ?? DEFAULT_PORT,
    internalOrigin,
    map: {
      tileUrl: values.NEXT_PUBLIC_MAP_TILE_URL,
      attribution: values.NEXT_PUBLIC_MAP_ATTRIBUTION,
    },
    mediaDir: values.MEDIA_DIR,
    database: {
      url: values.DATABASE_URL ?? null,
      poolMax: values.DATABASE_POOL_MAX,
      embedded: {
        dataDir: values.EMBEDDED_PG_DIR,
        port: values.EMBEDDED_PG_PORT,
        database: values.EMBEDDED_PG_DATABASE,
        fresh: values.EMBEDDED_PG_FRESH,
      },
    },
    mail: {
      smtp: values.SMTP_HOST
        ? {
            host: values.SMTP_HOST,
            port: values.SMTP_PORT,
            secure: values.SMTP_SECURE,
            user: values.SMTP_USER,
            pass: values.SMTP_PASS,
          }
        : null,
      from: { address: values.MAIL_FROM ?? DEFAULT_MAIL_FROM, name: 'Sociale Kaart' },
      worker: values.MAIL_WORKER,
      devMailDir: values.DEV_MAIL_DIR ?? null,
      devSmtpPort: values.DEV_SMTP_PORT,
    },
    search: {
      engine: values.SEARCH_ENGINE,
      typesense:
        values.SEARCH_ENGINE === 'typesense' && values.TYPESENSE_URL && values.TYPESENSE_API_KEY
          ? {
              url: values.TYPESENSE_URL,
              apiKey: values.TYPESENSE_API_KEY,
              collection: values.TYPESENSE_COLLECTION,
            }
          : null,
      worker: values.SEARCH_WORKER,
      cache: values.SEARCH_CACHE,
    },
    downloads: { dir: path.resolve(values.DOWNLOADS_DIR), worker: values.DOWNLOAD_WORKER },
    jobs: { autorun: values.JOBS_AUTORUN },
    demo: { password: values.DEMO_PASSWORD, fiches: values.DEMO_FICHES },
    runNodeArgs: (values.RUN_NODE_ARGS ?? '').split(' ').filter(Boolean),
  }
}

/** The configuration of this environment, or a ConfigError naming every missing or invalid variable. */
export function readConfig(env: Env, options: ReadOptions = {}): Config {
  const raw = pick(env, ENV_VARIABLES)
  const parsed = envSchema.safeParse(raw)
  const mode = parsed.success ? modeFrom(parsed.data) : lenientMode(raw)
  const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues)
  const invalid = new Set(problems.map((problem) => problem.variable))
  // A variable already refused as invalid is not reported a second time by the rules.
  problems.push(
    ...[...consistencyProblems(raw), ...productionProblems(raw, mode)].filter(
      (problem) => !invalid.has(problem.variable),
    ),
  )
  if (!parsed.success || problems.length > 0)
    throw new ConfigError(problems, mode.production && !mode.building)
  return shape(parsed.data, mode, options)
}

let cached: { key: string; config: Config } | null = null

/**
 * The configuration of this process (or of the given environment). Read once and kept while the
 * variables stay the same; throws a ConfigError like readConfig.
 */
export function getConfig(env: Env = process.env): Config {
  const key = fingerprint(env, ENV_VARIABLES)
  if (cached?.key !== key) cached = { key, config: readConfig(env) }
  return cached.config
}
