import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One table for all background work (src/queue): mail, search sync and downloads, each a named
 * queue. What mail_outbox and search_outbox still had to do moves over, so an upgrade loses no mail
 * and no pending sync; then both go. Written by hand: it is no Payload collection.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE queue_jobs (
      id bigserial PRIMARY KEY,
      queue text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'running', 'done', 'failed')),
      -- Counted when a job is taken, so a job that kills its process also runs out of attempts.
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL CHECK (max_attempts > 0),
      available_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      -- A running job is taken again when its lease has passed, or when the database session that
      -- took it (locked_by, a backend pid) is gone: its process died. See src/queue/claim.ts.
      locked_until timestamptz,
      locked_by integer,
      started_at timestamptz,
      finished_at timestamptz,
      last_error text,
      unique_key text,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      UNIQUE (queue, unique_key)
    );
    CREATE INDEX queue_jobs_waiting_idx ON queue_jobs (queue, available_at) WHERE status = 'waiting';
    CREATE INDEX queue_jobs_running_idx ON queue_jobs (queue, locked_until) WHERE status = 'running';
    CREATE INDEX queue_jobs_finished_idx ON queue_jobs (queue, finished_at) WHERE status IN ('done', 'failed');
    CREATE INDEX queue_jobs_created_idx ON queue_jobs (queue, created_at);
  `)

  // New ids start above every mail id ever sent: a mail's Message-ID is made from its id, and a
  // receiving server may drop a new mail whose Message-ID it has seen before.
  await db.execute(sql`
    SELECT setval('queue_jobs_id_seq', GREATEST(COALESCE((SELECT max(id) FROM mail_outbox), 0) + 1, 1), false);

    INSERT INTO queue_jobs (queue, payload, status, max_attempts, available_at, last_error, created_at)
    SELECT 'mail',
      jsonb_strip_nulls(jsonb_build_object('to', recipients, 'subject', subject, 'html', html, 'text', text, 'replyTo', reply_to)),
      'waiting', 150, available_at, last_error, created_at
    FROM mail_outbox WHERE sent_at IS NULL ORDER BY id;

    -- Sent mails of the last 30 days stay: they answer "did my mail go out?" and feed the forms' rate limits.
    INSERT INTO queue_jobs (queue, payload, status, attempts, max_attempts, available_at, started_at, finished_at, created_at)
    SELECT 'mail',
      jsonb_strip_nulls(jsonb_build_object('to', recipients, 'subject', subject, 'html', html, 'text', text, 'replyTo', reply_to)),
      'done', attempts + 1, 150, available_at, sent_at, sent_at, created_at
    FROM mail_outbox WHERE sent_at > now() - interval '30 days' ORDER BY id;

    INSERT INTO queue_jobs (queue, payload, status, max_attempts, available_at, last_error, created_at)
    SELECT 'search', jsonb_build_object('collection', collection, 'id', doc_id, 'alleenZelf', alleen_zelf),
      'waiting', 300, available_at, last_error, enqueued_at
    FROM search_outbox WHERE processed_at IS NULL ORDER BY id;

    -- Downloads were claimed from their own table; a job now makes each file. One that was being
    -- made when the old server stopped starts over.
    UPDATE downloads SET status = 'wachtrij', gedaan = 0 WHERE status = 'bezig';
    INSERT INTO queue_jobs (queue, payload, max_attempts, created_at)
    SELECT 'download', jsonb_build_object('downloadId', id), 3, created_at FROM downloads WHERE status = 'wachtrij' ORDER BY id;
    DROP INDEX IF EXISTS downloads_wachtrij_idx;

    DROP TABLE mail_outbox;
    DROP TABLE search_outbox;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE mail_outbox (
      id bigserial PRIMARY KEY,
      recipients jsonb NOT NULL,
      subject text NOT NULL,
      html text NOT NULL,
      text text NOT NULL,
      reply_to text,
      created_at timestamptz NOT NULL DEFAULT now(),
      available_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      sent_at timestamptz
    );
    CREATE INDEX mail_outbox_due_idx ON mail_outbox (available_at, id) WHERE sent_at IS NULL;
    CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
    CREATE TABLE search_outbox (
      id bigserial PRIMARY KEY,
      collection text NOT NULL,
      doc_id integer NOT NULL,
      enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      available_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      processed_at timestamptz,
      alleen_zelf boolean NOT NULL DEFAULT false
    );
    CREATE INDEX search_outbox_pending_idx ON search_outbox (available_at, id) WHERE processed_at IS NULL;
    CREATE INDEX search_outbox_processed_idx ON search_outbox (processed_at) WHERE processed_at IS NOT NULL;
    CREATE INDEX downloads_wachtrij_idx ON downloads (id) WHERE status = 'wachtrij';

    -- The old tables retried for ever: a job given up on waits there again.
    INSERT INTO mail_outbox (id, recipients, subject, html, text, reply_to, created_at, available_at, attempts, last_error, sent_at)
    SELECT id, payload->'to', payload->>'subject', payload->>'html', payload->>'text', payload->>'replyTo', created_at,
      available_at, attempts, last_error, CASE WHEN status = 'done' THEN finished_at END
    FROM queue_jobs WHERE queue = 'mail';
    SELECT setval('mail_outbox_id_seq', GREATEST(COALESCE((SELECT max(id) FROM mail_outbox), 0) + 1, 1), false);
    INSERT INTO search_outbox (collection, doc_id, alleen_zelf, enqueued_at, available_at, last_error)
    SELECT payload->>'collection', (payload->>'id')::int, COALESCE((payload->>'alleenZelf')::boolean, false), created_at, available_at, last_error
    FROM queue_jobs WHERE queue = 'search' AND status <> 'done';

    DROP TABLE queue_jobs;
  `)
}
