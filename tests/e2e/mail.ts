import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect } from '@playwright/test'
import { type ParsedMail, simpleParser } from 'mailparser'

/** Where scripts/e2e-server.ts's SMTP server writes what it receives (one .eml per message). */
export const mailDir = () =>
  process.env.E2E_MAIL_DIR ?? `.data/mail-e2e-${process.env.E2E_PORT ?? 3100}`

async function mailsTo(address: string): Promise<ParsedMail[]> {
  let files: string[] = []
  try {
    files = readdirSync(mailDir())
      .filter((name) => name.endsWith('.eml'))
      .sort()
  } catch {
    return []
  }
  const parsed = await Promise.all(
    files.map((name) => simpleParser(readFileSync(path.join(mailDir(), name)))),
  )
  return parsed.filter((mail) =>
    [mail.to]
      .flat()
      .some((to) => to?.value.some((v) => v.address?.toLowerCase() === address.toLowerCase())),
  )
}

/** Waits until the SMTP server received the nth mail (1-based) to this address whose subject matches. */
export async function waitForMail(address: string, subject: RegExp, nth = 1): Promise<ParsedMail> {
  let found: ParsedMail | undefined
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address)).filter((mail) => subject.test(mail.subject ?? ''))[nth - 1]
        return Boolean(found)
      },
      { timeout: 20_000, message: `mail "${subject}" aan ${address}` },
    )
    .toBe(true)
  return found!
}

export function linkTo(mail: ParsedMail, pathname: string): string {
  const match = (mail.text ?? '').match(new RegExp(`https?://[^\\s)]+${pathname}[^\\s)]*`))
  if (!match) throw new Error(`Geen link naar ${pathname} in "${mail.subject}"`)
  const url = new URL(match[0])
  return url.pathname + url.search
}

/** How many mails to this address with a matching subject arrived so far: to wait for the next one. */
export async function countMails(address: string, subject: RegExp): Promise<number> {
  return (await mailsTo(address)).filter((mail) => subject.test(mail.subject ?? '')).length
}
