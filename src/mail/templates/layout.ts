// The frame every mail shares: a short HTML page with inline styles (mail clients drop <style>) and
// the same words as plain text. All text passes through escapeHtml; links only through safeUrl.
import type { RenderedMail } from '../message'

export const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/** Only http(s) links reach a mail: a javascript: or data: URL from anywhere is refused. */
export const safeUrl = (value: string): string => {
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`Geen http(s)-link: ${url.protocol}`)
  return url.toString()
}

export const htmlToText = (html: string): string =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h\d|li|div)>/gi, '\n\n')
    .replace(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi, '$2 ($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

export type MailContent = {
  subject: string
  greeting?: string
  paragraphs: string[]
  action?: { label: string; url: string }
  /** Said after the button, e.g. how long the link works. */
  after?: string[]
}

const FOOTER =
  'Deze mail werd automatisch verstuurd door de Sociale Kaart. Antwoorden op dit adres worden niet gelezen.'

export function renderMail(content: MailContent): RenderedMail {
  const paragraphs = [...(content.greeting ? [content.greeting] : []), ...content.paragraphs]
  const after = content.after ?? []
  const url = content.action ? safeUrl(content.action.url) : undefined
  const p = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`
  const html = [
    '<!doctype html>',
    `<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1d2b36;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px">',
    '<p style="margin:0 0 24px;font-weight:bold;color:#0b5394">Sociale Kaart</p>',
    ...paragraphs.map(p),
    url && content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="background:#0b5394;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;color:#555">Werkt de knop niet? Kopieer dan deze link in uw browser:<br>${escapeHtml(url)}</p>`
      : '',
    ...after.map(p),
    `<p style="margin:24px 0 0;font-size:12px;color:#777">${escapeHtml(FOOTER)}</p>`,
    '</div></body></html>',
  ].join('\n')
  const text = [
    ...paragraphs,
    ...(url && content.action ? [`${content.action.label}:\n${url}`] : []),
    ...after,
    '--',
    FOOTER,
  ].join('\n\n')
  return { subject: content.subject, html, text }
}
