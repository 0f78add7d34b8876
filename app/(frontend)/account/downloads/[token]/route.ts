// The file of a finished download, for its owner only. Another account, an admin, a wrong or
// expired link: all get the same 404, so a link tells nobody else whether it exists. A browser
// without a session is sent to the login form first (that says nothing about the link either).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'

import config from '@payload-config'
import { getPayload } from 'payload'

import { currentUser } from '@/accounts/session'
import { poolOf } from '@/db/pool'
import { MIME } from '@/downloads/file'
import { jobForOwner } from '@/downloads/jobs'
import { deleteFile } from '@/downloads/storage'

const nietGevonden = () =>
  new Response('Niet gevonden', {
    status: 404,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  })

const bestandsnaam = (titel: string, formaat: string) =>
  `${
    titel
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 80) || 'sociale-kaart'
  }.${formaat}`

export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string }> },
): Promise<Response> {
  const { token } = await params
  const payload = await getPayload({ config })
  const user = await currentUser(payload, request.headers)
  if (!user) {
    if ((request.headers.get('accept') ?? '').includes('text/html')) {
      const terug = new URL(request.url).pathname
      return new Response(null, {
        status: 303,
        headers: {
          Location: `/account/aanmelden?volgende=${encodeURIComponent(terug)}`,
          'Cache-Control': 'no-store',
        },
      })
    }
    return nietGevonden()
  }
  if (!/^[\w-]{20,64}$/.test(token)) return nietGevonden()
  const job = await jobForOwner(poolOf(payload), token, user.id)
  if (!job?.bestand) return nietGevonden()
  const info = await stat(job.bestand).catch(() => null)
  if (!info) {
    await deleteFile(job.bestand)
    return nietGevonden()
  }
  const naam = bestandsnaam(job.titel, job.formaat)
  return new Response(Readable.toWeb(createReadStream(job.bestand)) as ReadableStream, {
    headers: {
      'Content-Type': MIME[job.formaat],
      'Content-Length': String(info.size),
      'Content-Disposition': `attachment; filename="${naam}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
