import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * Mail goes to the SMTP server in configuration. Without SMTP_HOST Payload only logs mails,
 * which is what a demo on a laptop wants.
 */
export const emailAdapter = () => {
  if (!process.env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: process.env.MAIL_FROM ?? 'noreply@sociale-kaart.test',
    defaultFromName: 'Sociale Kaart',
    skipVerify: true,
    transportOptions: {
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT ?? 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
