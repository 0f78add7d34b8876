/** One mail as the application hands it to the queue: always a Dutch HTML body with a plain-text twin. */
export type MailMessage = {
  to: string | string[]
  subject: string
  html: string
  text: string
  replyTo?: string
}

/** What a template returns: the recipient is added by the caller. */
export type RenderedMail = Pick<MailMessage, 'subject' | 'html' | 'text'>

export const recipientsOf = (to: MailMessage['to']): string[] =>
  (Array.isArray(to) ? to : [to]).map((address) => address.trim()).filter(Boolean)
