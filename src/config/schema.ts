// Every environment variable the app and its scripts read, with its type and default. What is
// required when is decided in rules.ts; the secrets' fallbacks are in secrets.ts.
import { z } from 'zod'

import {
  databaseName,
  email,
  integer,
  oneOf,
  onOff,
  port,
  text,
  tileUrl,
  trueFalse,
  url,
} from './fields'
import { modeShape } from './mode'

export const DEFAULT_PORT = 3000
const DEFAULT_EMBEDDED_PORT = 54329
export const DEFAULT_MAIL_FROM = 'noreply@sociale-kaart.test'
/** The password of the demo accounts (refused in production: src/seed/accounts.ts). */
export const DEFAULT_DEMO_PASSWORD = 'demo1234'

const envShape = {
  ...modeShape,

  // Secrets (required in production; elsewhere random ones kept in .data/, see secrets.ts).
  PAYLOAD_SECRET: text().optional(),
  NOTITIES_SLEUTEL: text().optional(),

  // The site.
  NEXT_PUBLIC_SERVER_URL: url(['http', 'https'], 'https://www.desocialekaart.be').optional(),
  PORT: port().optional(),
  NEXT_PUBLIC_MAP_TILE_URL: tileUrl().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  NEXT_PUBLIC_MAP_ATTRIBUTION: text().default('© OpenStreetMap-bijdragers'),
  MEDIA_DIR: text().default('media'),

  // Database.
  DATABASE_URL: url(
    ['postgres', 'postgresql'],
    'postgres://gebruiker:wachtwoord@localhost:5432/sociale_kaart',
  ).optional(),
  DATABASE_POOL_MAX: integer({ min: 1, max: 1000 }).default(10),
  EMBEDDED_PG_DIR: text().default('.data/postgres'),
  EMBEDDED_PG_PORT: port().default(DEFAULT_EMBEDDED_PORT),
  EMBEDDED_PG_DATABASE: databaseName().default('sociale_kaart'),
  EMBEDDED_PG_FRESH: trueFalse().default(false),

  // Mail.
  SMTP_HOST: text().optional(),
  SMTP_PORT: port().default(587),
  SMTP_SECURE: trueFalse().default(false),
  SMTP_USER: text().optional(),
  SMTP_PASS: text().optional(),
  MAIL_FROM: email().optional(),
  MAIL_WORKER: onOff().default(true),
  DEV_MAIL_DIR: text().optional(),
  DEV_SMTP_PORT: port({ allowZero: true }).default(0),

  // Search.
  SEARCH_ENGINE: oneOf(['postgres', 'typesense'] as const).default('postgres'),
  TYPESENSE_URL: url(['http', 'https'], 'http://localhost:8108').optional(),
  TYPESENSE_API_KEY: text().optional(),
  TYPESENSE_COLLECTION: text().default('fiches'),
  SEARCH_WORKER: onOff().default(true),
  SEARCH_CACHE: onOff().default(true),

  // Background work.
  DOWNLOAD_WORKER: onOff().default(true),
  DOWNLOADS_DIR: text().default('.data/downloads'),
  JOBS_AUTORUN: onOff().default(true),

  // The internal revalidation route: where this server reaches itself.
  REVALIDATIE_ORIGIN: url(['http', 'https'], 'http://127.0.0.1:3000').optional(),
  // Set by Next.js itself, never by hand.
  __NEXT_PRIVATE_ORIGIN: text().optional(),
  NEXT_RUNTIME: text().optional(),

  // Demo data and scripts.
  DEMO_PASSWORD: text().default(DEFAULT_DEMO_PASSWORD),
  DEMO_FICHES: integer({ min: 1, max: 10_000_000 }).default(3000),
  RUN_NODE_ARGS: text().optional(),
}

export const ENV_VARIABLES = Object.keys(envShape)

export const envSchema = z.object(envShape)

export type EnvValues = z.infer<typeof envSchema>
