// A real SMTP server that keeps every message it receives: for development (npm start without
// SMTP_HOST), the end-to-end server and the integration tests. Messages are written as .eml files
// (one per message, named so that they sort by arrival) and handed to onMessage.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

export type CaughtMail = { raw: Buffer; envelopeTo: string[]; file?: string }

export type MailCatcher = { port: number; host: string; stop: () => Promise<void> }

export async function startMailCatcher(options: {
  port?: number
  host?: string
  dir?: string
  onMessage?: (mail: CaughtMail) => void
}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1'
  if (options.dir) mkdirSync(options.dir, { recursive: true })
  let counter = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Any user and password are accepted: this server only ever listens on the local machine.
    onAuth: (_auth, _session, callback) => callback(null, { user: 'dev' }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address)
        let file: string | undefined
        if (options.dir) {
          file = path.join(
            options.dir,
            `${Date.now()}-${process.pid}-${String(++counter).padStart(6, '0')}.eml`,
          )
          writeFileSync(file, raw)
        }
        options.onMessage?.({ raw, envelopeTo, file })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0)
  return { port, host, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
