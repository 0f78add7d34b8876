import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Aanbod } from '@collections/Aanbod'
import { Faq } from '@collections/Faq'
import { Fichebeheer } from '@collections/Fichebeheer'
import { Handleidingen } from '@collections/Handleidingen'
import { Media } from '@collections/Media'
import { Lijsten } from '@collections/Lijsten'
import { Notities } from '@collections/Notities'
import { Zoekopdrachten } from '@collections/Zoekopdrachten'
import { Organisaties } from '@collections/Organisaties'
import { Praktijken } from '@collections/Praktijken'
import { Regios } from '@collections/Regios'
import { Rubrieken } from '@collections/Rubrieken'
import { Suggesties } from '@collections/Suggesties'
import { Users } from '@collections/Users'
import { Zorgverleners } from '@collections/Zorgverleners'

import { hasRole } from '@/accounts/roles'

import { getConfig } from './config'
import { runsPayloadJobs } from './content/jobs-leader'
import { poolOf } from './db/pool'
import { queueEmailAdapter } from './mail/adapter'
import { migrations } from './migrations'
import { ficheBehaviourPlugin } from './plugins/fiche-behaviour'
import { queueRetryEndpoint } from './queue/admin/retry-endpoint'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: getConfig().serverUrl ?? '',
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from these machines and leaks e-mail hashes anyway.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, '..') },
    meta: { titleSuffix: ' · Sociale Kaart' },
    dateFormat: 'd MMM yyyy, HH:mm',
    components: {
      // The background queues (src/queue), for admins only: what waits, what runs, what failed.
      beforeDashboard: ['/src/components/admin/QueueDashboard#QueueDashboard'],
    },
  },
  endpoints: [queueRetryEndpoint],
  i18n: {
    supportedLanguages: { nl, en },
    fallbackLanguage: 'nl',
  },
  collections: [
    Organisaties,
    Praktijken,
    Aanbod,
    Zorgverleners,
    Rubrieken,
    Regios,
    Fichebeheer,
    Suggesties,
    Notities,
    Zoekopdrachten,
    Lijsten,
    Handleidingen,
    Faq,
    Media,
    Users,
  ],
  editor: lexicalEditor(),
  // No fallback here: src/config refuses production without it and keeps a local one elsewhere.
  secret: getConfig().payloadSecret,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  db: postgresAdapter({
    pool: {
      connectionString: getConfig().database.url ?? undefined,
      max: getConfig().database.poolMax,
    },
    // The schema comes only from committed migrations; push would drift from them.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  // A database restart or failover drops the idle connections, and the pool reports that as an
  // 'error' event on itself: without a listener that is an uncaught exception in the server. The
  // pool replaces those connections by itself on the next query.
  onInit: (payload) => {
    poolOf(payload).on('error', (error) =>
      payload.logger.warn(
        { err: error },
        'Database: een verbinding viel weg; de pool maakt een nieuwe',
      ),
    )
  },
  // Every mail, Payload's own included, goes through the mail queue and its worker (src/mail).
  email: queueEmailAdapter(),
  jobs: {
    // Scheduled publishes of handleidingen and FAQ wait in this queue. The crons run only in the
    // server process (src/content/jobs.ts); every 10 s, so a publish lands within seconds of its time.
    autoRun: () =>
      !getConfig().jobs.autorun ? [] : [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
    // Payload takes a job without a row lock: only the process holding an advisory lock polls.
    shouldAutoRun: runsPayloadJobs,
    // Payload lets any logged-in user run or queue jobs by default; only admins may here.
    access: {
      run: ({ req }) => hasRole(req.user, 'admin'),
      queue: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
  },
  sharp,
  plugins: [
    ficheBehaviourPlugin,
    nestedDocsPlugin({
      collections: ['rubrieken'],
      generateLabel: (_, doc) => `${String(doc.code)} ${String(doc.naam)}`,
      generateURL: (docs) => docs.map((doc) => doc.code).join('/'),
    }),
  ],
  telemetry: false,
})
