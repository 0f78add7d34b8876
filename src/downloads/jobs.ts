// The download jobs of an account, as the account page, the request form and the file route see
// them. Plain SQL on the downloads table: it is no Payload collection, so no API lists it. The
// table is what the owner sees; the making of the file is a job on the 'download' queue (src/queue),
// queued in the same transaction as the row.
import { randomBytes } from 'node:crypto'

import type { PgPool } from '@/db/pool'
import { enqueueWithClient } from '@/queue/enqueue'

import type { Format } from './file'
import type { DownloadSource } from './source'
import { MAX_RUNNING } from './limits'

export type DownloadStatus = 'wachtrij' | 'bezig' | 'klaar' | 'mislukt'

export const DOWNLOAD_QUEUE = 'download'

/** What a job on the 'download' queue carries. */
export type DownloadQueueJob = { downloadId: number }

export type DownloadJob = {
  id: number
  eigenaarId: number
  token: string
  formaat: Format
  titel: string
  bron: DownloadSource
  site: string
  status: DownloadStatus
  gedaan: number
  totaal: number | null
  bestand: string | null
  fout: string | null
  aangemaakt: Date
  klaarOp: Date | null
  verlooptOp: Date
}

/** A row of the downloads table as node-postgres returns it: a bigserial as a string, timestamps as dates. */
export type DownloadRow = {
  id: string
  eigenaar_id: number
  token: string
  formaat: Format
  titel: string
  bron: DownloadSource
  site: string
  status: DownloadStatus
  gedaan: number
  totaal: number | null
  bestand: string | null
  fout: string | null
  created_at: Date
  gestart_op: Date | null
  klaar_op: Date | null
  verloopt_op: Date
}

export const toJob = (r: DownloadRow): DownloadJob => ({
  id: Number(r.id),
  eigenaarId: r.eigenaar_id,
  token: r.token,
  formaat: r.formaat,
  titel: r.titel,
  bron: r.bron,
  site: r.site,
  status: r.status,
  gedaan: r.gedaan,
  totaal: r.totaal,
  bestand: r.bestand,
  fout: r.fout,
  aangemaakt: new Date(r.created_at),
  klaarOp: r.klaar_op ? new Date(r.klaar_op) : null,
  verlooptOp: new Date(r.verloopt_op),
})

/**
 * Queues a job, unless the account already has MAX_RUNNING waiting or running: checked and inserted
 * under a lock on the account's row, so two quick clicks cannot both slip under the limit.
 */
export async function createJob(
  pool: PgPool,
  job: { eigenaarId: number; formaat: Format; titel: string; bron: DownloadSource; site: string },
): Promise<DownloadJob | 'te-veel'> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [job.eigenaarId])
    const { rows: telling } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM downloads WHERE eigenaar_id = $1 AND status IN ('wachtrij', 'bezig')`,
      [job.eigenaarId],
    )
    if (Number(telling[0]?.n ?? 0) >= MAX_RUNNING) {
      await client.query('ROLLBACK')
      return 'te-veel'
    }
    const { rows } = await client.query<DownloadRow>(
      `INSERT INTO downloads (eigenaar_id, token, formaat, titel, bron, site) VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING *`,
      [
        job.eigenaarId,
        randomBytes(24).toString('base64url'),
        job.formaat,
        job.titel,
        JSON.stringify(job.bron),
        job.site,
      ],
    )
    await enqueueWithClient(client, DOWNLOAD_QUEUE, {
      downloadId: Number(rows[0].id),
    } satisfies DownloadQueueJob)
    await client.query('COMMIT')
    return toJob(rows[0])
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** The account's jobs, newest first: expired ones are already gone. */
export async function jobsOf(pool: PgPool, eigenaarId: number): Promise<DownloadJob[]> {
  const { rows } = await pool.query<DownloadRow>(
    `SELECT * FROM downloads WHERE eigenaar_id = $1 AND verloopt_op > now() ORDER BY created_at DESC, id DESC LIMIT 50`,
    [eigenaarId],
  )
  return rows.map(toJob)
}

/** The finished, unexpired job behind a link, only when `eigenaarId` owns it; anything else is "not found". */
export async function jobForOwner(
  pool: PgPool,
  token: string,
  eigenaarId: number,
): Promise<DownloadJob | null> {
  const { rows } = await pool.query<DownloadRow>(
    `SELECT * FROM downloads WHERE token = $1 AND eigenaar_id = $2 AND status = 'klaar' AND verloopt_op > now() AND bestand IS NOT NULL`,
    [token, eigenaarId],
  )
  return rows[0] ? toJob(rows[0]) : null
}
