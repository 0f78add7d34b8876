// Makes the files: the handler of the 'download' queue (src/queue, hold 'lease': a file can take
// minutes, so no transaction stays open while it is made; the lease is renewed meanwhile, and a job
// whose process died is taken again when its lease has run out). It writes the rows in batches
// while recording "n of m" on the downloads row, then marks the row done, queues the mail and
// marks the job done in one transaction. Also forgets what has expired: file and row.
import { readdir, rename } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { poolOf, type PgPool } from '@/db/pool'
import { exportRow } from '@/domain/export/columns'
import { enqueueMailWithClient } from '@/mail/outbox'
import { downloadReadyMail } from '@/mail/templates/download'
import { drainQueue, type QueueHandlerOptions } from '@/queue/run'

import { openWriter } from './file'
import { loadFiches, refsOfSource } from './source'
import {
  DOWNLOAD_QUEUE,
  type DownloadJob,
  type DownloadQueueJob,
  type DownloadRow,
  toJob,
} from './jobs'
import { KEEP_DAYS, MAX_ROWS } from './limits'
import { filePath, downloadsDir, deleteFile } from './storage'

const PARTIJ = 250
const MISLUKT = 'Het bestand kon niet gemaakt worden.'

export const downloadLink = (job: Pick<DownloadJob, 'site' | 'token'>) =>
  `${job.site.replace(/\/+$/, '')}/account/downloads/${job.token}`

/** Produces one job's file. Exported for the benchmark and tests, which call it directly. */
export async function makeFile(
  payload: Payload,
  job: DownloadJob,
  voortgang: (gedaan: number, totaal: number) => Promise<void>,
  max = MAX_ROWS,
): Promise<{ pad: string; aantal: number }> {
  const { refs } = await refsOfSource(payload, job.bron, max)
  await voortgang(0, refs.length)
  const pad = await filePath(job.token, job.formaat)
  const tijdelijk = `${pad}.deel`
  const schrijver = await openWriter(job.formaat, tijdelijk)
  let aantal = 0
  try {
    for (let i = 0; i < refs.length; i += PARTIJ) {
      for (const fiche of await loadFiches(payload, refs.slice(i, i + PARTIJ))) {
        await schrijver.schrijf(exportRow(fiche))
        aantal++
      }
      await voortgang(Math.min(i + PARTIJ, refs.length), refs.length)
    }
    await schrijver.sluit()
    await rename(tijdelijk, pad)
  } catch (error) {
    await deleteFile(tijdelijk)
    throw error
  }
  return { pad, aantal }
}

/** Takes the downloads row for this run; null when there is nothing (left) to make. */
async function start(pool: PgPool, downloadId: number): Promise<DownloadJob | null> {
  const { rows } = await pool.query<DownloadRow>(
    `UPDATE downloads SET status = 'bezig', gestart_op = now(), gedaan = 0, fout = NULL WHERE id = $1 AND status <> 'klaar' RETURNING *`,
    [downloadId],
  )
  return rows[0] ? toJob(rows[0]) : null
}

/** The 'download' queue: one file at a time, so a big download never takes both cores of a process. */
export const downloadQueue = (payload: Payload): QueueHandlerOptions<DownloadQueueJob> => {
  const pool = poolOf(payload)
  return {
    queue: DOWNLOAD_QUEUE,
    batchSize: 1,
    hold: 'lease',
    handler: async (jobs, { complete }) => {
      for (const { payload: werk } of jobs) {
        // The row is gone when its owner deleted the account meanwhile: nothing to make.
        const job = await start(pool, werk.downloadId)
        if (!job) continue
        try {
          const { pad, aantal } = await makeFile(payload, job, async (gedaan, totaal) => {
            await pool.query(`UPDATE downloads SET gedaan = $2, totaal = $3 WHERE id = $1`, [
              job.id,
              gedaan,
              totaal,
            ])
          })
          let bewaard = false
          await complete(async (tx) => {
            const { rows } = await tx.query<{
              verloopt_op: Date
              email: string | null
              naam: string | null
            }>(
              `UPDATE downloads SET status = 'klaar', bestand = $2, gedaan = $3, klaar_op = now(), verloopt_op = now() + make_interval(days => ${KEEP_DAYS})
               WHERE id = $1 RETURNING verloopt_op, (SELECT email FROM users WHERE id = eigenaar_id) AS email, (SELECT naam FROM users WHERE id = eigenaar_id) AS naam`,
              [job.id, pad, aantal],
            )
            const rij = rows[0]
            bewaard = Boolean(rij)
            if (rij?.email) {
              await enqueueMailWithClient(tx, {
                to: rij.email,
                ...downloadReadyMail({
                  naam: rij.naam,
                  titel: job.titel,
                  formaat: job.formaat,
                  aantal,
                  url: downloadLink(job),
                  verlooptOp: new Date(rij.verloopt_op),
                }),
              })
            }
          })
          // The account was deleted while the file was made: nothing to keep.
          if (!bewaard) await deleteFile(pad)
        } catch (error) {
          payload.logger.error({ err: error }, `Download ${job.id}: maken mislukt`)
          // Back in line for the retry; given up on, it becomes "mislukt" (onDeadLetter).
          await pool.query(
            `UPDATE downloads SET status = 'wachtrij', gedaan = 0 WHERE id = $1 AND status = 'bezig'`,
            [job.id],
          )
          throw error
        }
      }
    },
    onDeadLetter: async (job, _error, tx) => {
      await tx.query(
        `UPDATE downloads SET status = 'mislukt', fout = $2 WHERE id = $1 AND status <> 'klaar'`,
        [job.payload.downloadId, MISLUKT],
      )
    },
  }
}

/** Makes waiting files one after the other, at most `max`; returns how many jobs were taken. */
export async function processDownloads(payload: Payload, max = 5): Promise<number> {
  return (await drainQueue(poolOf(payload), downloadQueue(payload), max)).taken
}

/** Expired downloads lose their file and their row; files without a row go too. */
export async function pruneDownloads(payload: Payload): Promise<number> {
  const pool = poolOf(payload)
  const { rows } = await pool.query<Pick<DownloadRow, 'bestand'>>(
    `DELETE FROM downloads WHERE verloopt_op <= now() RETURNING bestand`,
  )
  for (const r of rows) await deleteFile(r.bestand)
  // Files whose row is gone (a deleted account, a row removed by hand): nobody can fetch them.
  const namen = await readdir(downloadsDir()).catch(() => [] as string[])
  const tokens = namen.map((naam) => naam.split('.')[0])
  if (tokens.length) {
    const { rows: bekend } = await pool.query<Pick<DownloadRow, 'token'>>(
      `SELECT token FROM downloads WHERE token = ANY($1::text[])`,
      [tokens],
    )
    const bewaren = new Set(bekend.map((r) => r.token))
    for (const naam of namen)
      if (!bewaren.has(naam.split('.')[0])) await deleteFile(path.join(downloadsDir(), naam))
  }
  return rows.length
}
