type Telefoon = { nummer: string; soort?: string | null; label?: string | null }
type Email = { adres: string; label?: string | null }
type Website = { url: string; label?: string | null }

// +3292345678 -> +32 9 234 56 78 is left to the reader's phone; the link itself must be exact E.164.
const SOORT: Record<string, string> = { telefoon: 'Telefoon', gsm: 'Gsm', fax: 'Fax' }

/** Phones, e-mail addresses and websites as working links. */
export function Contacten({
  telefoons = [],
  emails = [],
  websites = [],
}: {
  telefoons?: Telefoon[]
  emails?: Email[]
  websites?: Website[]
}) {
  if (telefoons.length + emails.length + websites.length === 0) return null
  return (
    <section aria-labelledby="contact-titel">
      <h2 id="contact-titel">Contact</h2>
      <ul className="fiche-lijst">
        {telefoons.map((t) => (
          <li key={t.nummer}>
            {t.label ?? SOORT[t.soort ?? 'telefoon'] ?? 'Telefoon'}:{' '}
            {t.soort === 'fax' ? t.nummer : <a href={`tel:${t.nummer}`}>{t.nummer}</a>}
          </li>
        ))}
        {emails.map((e) => (
          <li key={e.adres}>
            {e.label ?? 'E-mail'}: <a href={`mailto:${e.adres}`}>{e.adres}</a>
          </li>
        ))}
        {websites.map((w) => (
          <li key={w.url}>
            {w.label ?? 'Website'}:{' '}
            <a href={w.url} rel="noopener noreferrer">
              {w.url.replace(/^https?:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
