import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { devMailDir, listStoredMails, readStoredMail } from '@/mail/dev/inbox'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Ontwikkelpostvak', robots: { index: false } }

type Props = { searchParams: Promise<{ id?: string }> }

/**
 * The development inbox: the mails the local SMTP catcher of `npm start`/`npm run dev` received
 * (.data/mail). It exists only when that catcher runs (DEV_MAIL_DIR, set by scripts/start.ts when
 * no SMTP server is configured in demo mode); everywhere else this address is a 404.
 */
export default async function DevMailbox({ searchParams }: Props) {
  const dir = devMailDir()
  if (!dir) notFound()
  const { id } = await searchParams
  // mailparser is a development dependency: loaded only here, only when the inbox is on.
  const { simpleParser } = await import('mailparser')
  const ids = listStoredMails(dir)
  const mails = await Promise.all(
    ids.map(async (name) => {
      const parsed = await simpleParser(readStoredMail(dir, name) ?? Buffer.alloc(0))
      return { name, parsed }
    }),
  )
  const open = mails.find((mail) => mail.name === id) ?? mails[0]
  return (
    <div>
      <h1>Ontwikkelpostvak</h1>
      <p>
        Alle mails die de Sociale Kaart verstuurde terwijl er geen SMTP-server ingesteld was. Alleen
        zichtbaar in de demo/ontwikkelomgeving.
      </p>
      {mails.length === 0 ? (
        <p>Nog geen mails.</p>
      ) : (
        <div
          style={{ display: 'grid', gridTemplateColumns: 'minmax(14rem, 1fr) 2fr', gap: '1rem' }}
        >
          <ol style={{ listStyle: 'none', padding: 0 }}>
            {mails.map(({ name, parsed }) => (
              <li key={name} style={{ marginBottom: '0.5rem' }}>
                <a
                  href={`/dev/mail?id=${encodeURIComponent(name)}`}
                  aria-current={open?.name === name ? 'true' : undefined}
                >
                  {parsed.subject ?? '(geen onderwerp)'}
                </a>
                <br />
                <small>
                  aan{' '}
                  {[parsed.to]
                    .flat()
                    .map((to) => to?.text)
                    .join(', ')}{' '}
                  · {parsed.date?.toLocaleString('nl-BE', { timeZone: 'Europe/Brussels' })}
                </small>
              </li>
            ))}
          </ol>
          {open && (
            <article>
              <h2>{open.parsed.subject}</h2>
              <p>
                Van {open.parsed.from?.text} aan{' '}
                {[open.parsed.to]
                  .flat()
                  .map((to) => to?.text)
                  .join(', ')}
              </p>
              {typeof open.parsed.html === 'string' && (
                // sandbox without permissions: the mail's HTML runs no script and cannot navigate this page.
                <iframe
                  title="HTML-versie"
                  sandbox=""
                  srcDoc={open.parsed.html}
                  style={{ width: '100%', height: '28rem', border: '1px solid #ccc' }}
                />
              )}
              <h3>Tekstversie</h3>
              <pre style={{ whiteSpace: 'pre-wrap' }}>{open.parsed.text}</pre>
            </article>
          )}
        </div>
      )}
    </div>
  )
}
