import { describe, expect, it } from 'vitest'

import { resetPasswordMail, verifyEmailMail } from '@/mail/templates/account'
import { htmlToText, renderMail } from '@/mail/templates/layout'

describe('mail templates', () => {
  it('give the same Dutch message as HTML and as plain text, link included', () => {
    const mail = verifyEmailMail({
      naam: 'Els',
      url: 'https://sociale-kaart.test/account/bevestigen?token=abc',
      hours: 48,
    })
    expect(mail.subject).toBe('Bevestig uw e-mailadres voor de Sociale Kaart')
    expect(mail.text).toContain('Beste Els,')
    expect(mail.text).toContain('https://sociale-kaart.test/account/bevestigen?token=abc')
    expect(mail.text).toContain('48 uur')
    expect(mail.html).toContain('href="https://sociale-kaart.test/account/bevestigen?token=abc"')
    expect(mail.html).toContain('<html lang="nl">')
  })

  it('escape whatever a user typed, so a name cannot inject HTML', () => {
    const mail = resetPasswordMail({
      naam: '<img src=x onerror=alert(1)> "Jan"',
      url: 'https://x.test/r?token=1&b=2',
      hours: 1,
    })
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Jan&quot;')
    expect(mail.html).toContain('token=1&amp;b=2')
    expect(mail.text).toContain('<img src=x onerror=alert(1)> "Jan"')
  })

  it('refuse a link that is not http(s)', () => {
    expect(() =>
      renderMail({
        subject: 's',
        paragraphs: [],
        action: { label: 'klik', url: 'javascript:alert(1)' },
      }),
    ).toThrow()
  })

  it('turn HTML from elsewhere into readable text', () => {
    expect(
      htmlToText('<p>Hallo <b>daar</b></p><p><a href="https://x.test">link</a> &amp; meer</p>'),
    ).toBe('Hallo daar\n\nlink (https://x.test) & meer')
  })
})
