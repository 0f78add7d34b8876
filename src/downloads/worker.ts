// Makes the files: claims the oldest waiting job (FOR UPDATE SKIP LOCKED: any number of server
// processes can run this), writes its rows in batches while recording "n of m", then marks it done
// and queues the mail in one transaction. Also forgets what has expired: file and row.
import { readdir, rename } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { poolOf, type PgPool } from '@/db/pool'
import { exportRij } from '@/domain/export/kolommen'
import { enqueueMailWithClient } from '@/mail/outbox'
import { downloadKlaarMail } from '@/mail/templates/download'

import { openSchrijver } from './bestand'
import { laadFiches, refsVanBron } from './bron'
import { naarJob, type DownloadJob } from './jobs'
import { BEWAARDAGEN, MAX_RIJEN, VASTGELOPEN_MINUTEN } from './limieten'
import { bestandPad, downloadsMap, verwijderBestand } from './opslag'

const PARTIJ = 250

async function claim(pool: PgPool): Promise<DownloadJob | null> {
  const { rows } = await pool.query(`
    UPDATE downloads SET status = 'bezig', gestart_op = now()
    WHERE id = (SELECT id FROM downloads WHERE status = 'wachtrij' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`)
  return rows[0] ? naarJob(rows[0]) : null
}

export const downloadLink = (job: Pick<DownloadJob, 'site' | 'token'>) => `${job.site.replace(/\/+$/, '')}/account/downloads/${job.token}`

/** Produces one claimed job's file. Exported for the benchmark and tests, which call it directly. */
export async function maakBestand(
  payload: Payload,
  job: DownloadJob,
  voortgang: (gedaan: number, totaal: number) => Promise<void>,
  max = MAX_RIJEN,
): Promise<{ pad: string; aantal: number }> {
  const { refs } = await refsVanBron(payload, job.bron, max)
  await voortgang(0, refs.length)
  const pad = await bestandPad(job.token, job.formaat)
  const tijdelijk = `${pad}.deel`
  const schrijver = await openSchrijver(job.formaat, tijdelijk)
  let aantal = 0
  try {
    for (let i = 0; i < refs.length; i += PARTIJ) {
      for (const fiche of await laadFiches(payload, refs.slice(i, i + PARTIJ))) {
        await schrijver.schrijf(exportRij(fiche))
        aantal++
      }
      await voortgang(Math.min(i + PARTIJ, refs.length), refs.length)
    }
    await schrijver.sluit()
    await rename(tijdelijk, pad)
  } catch (error) {
    await verwijderBestand(tijdelijk)
    throw error
  }
  return { pad, aantal }
}

async function voerUit(payload: Payload, pool: PgPool, job: DownloadJob): Promise<void> {
  try {
    const { pad, aantal } = await maakBestand(payload, job, async (gedaan, totaal) => {
      await pool.query(`UPDATE downloads SET gedaan = $2, totaal = $3 WHERE id = $1`, [job.id, gedaan, totaal])
    })
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const { rows } = await client.query(
        `UPDATE downloads SET status = 'klaar', bestand = $2, gedaan = $3, klaar_op = now(), verloopt_op = now() + make_interval(days => ${BEWAARDAGEN})
         WHERE id = $1 RETURNING verloopt_op, (SELECT email FROM users WHERE id = eigenaar_id) AS email, (SELECT naam FROM users WHERE id = eigenaar_id) AS naam`,
        [job.id, pad, aantal],
      )
      const rij = rows[0]
      if (rij?.email) {
        await enqueueMailWithClient(client, {
          to: rij.email,
          ...downloadKlaarMail({ naam: rij.naam, titel: job.titel, formaat: job.formaat, aantal, url: downloadLink(job), verlooptOp: new Date(rij.verloopt_op) }),
        })
      }
      await client.query('COMMIT')
      // The account was deleted while the file was made: nothing to keep.
      if (!rij) await verwijderBestand(pad)
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  } catch (error) {
    payload.logger.error({ err: error }, `Download ${job.id}: maken mislukt`)
    await pool.query(`UPDATE downloads SET status = 'mislukt', fout = $2 WHERE id = $1`, [job.id, 'Het bestand kon niet gemaakt worden.'])
  }
}

/** Runs waiting jobs one after the other, at most `max`; returns how many ran. */
export async function verwerkDownloads(payload: Payload, max = 5): Promise<number> {
  const pool = poolOf(payload)
  let n = 0
  for (; n < max; n++) {
    const job = await claim(pool)
    if (!job) break
    await voerUit(payload, pool, job)
  }
  return n
}

/** Expired jobs lose their file and their row; jobs stuck "running" after a crash are marked failed. */
export async function ruimDownloadsOp(payload: Payload): Promise<number> {
  const pool = poolOf(payload)
  await pool.query(
    `UPDATE downloads SET status = 'mislukt', fout = 'Onderbroken.' WHERE status = 'bezig' AND gestart_op < now() - make_interval(mins => ${VASTGELOPEN_MINUTEN})`,
  )
  const { rows } = await pool.query(`DELETE FROM downloads WHERE verloopt_op <= now() RETURNING bestand`)
  for (const r of rows) await verwijderBestand(r.bestand as string | null)
  // Files whose row is gone (a deleted account, a row removed by hand): nobody can fetch them.
  const namen = await readdir(downloadsMap()).catch(() => [] as string[])
  const tokens = namen.map((naam) => naam.split('.')[0]!)
  if (tokens.length) {
    const { rows: bekend } = await pool.query(`SELECT token FROM downloads WHERE token = ANY($1::text[])`, [tokens])
    const bewaren = new Set(bekend.map((r) => String(r.token)))
    for (const naam of namen) if (!bewaren.has(naam.split('.')[0]!)) await verwijderBestand(path.join(downloadsMap(), naam))
  }
  return rows.length
}
