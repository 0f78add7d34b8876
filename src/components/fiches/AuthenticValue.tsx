import { AUTHENTIEKE_BRONNEN } from '@/domain/vocabulary'

type Bron = { veld: string; bron: string; referentie?: string | null; opgehaaldOp?: string | null }

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/**
 * An identifier such as the KBO number, with the authentic source it was taken from when the fiche
 * records one ("ask once": the reader sees it is the government's data, not the provider's).
 */
export function AuthenticValue({
  label,
  waarde,
  veld,
  bronnen,
  link,
}: {
  label: string
  waarde: string
  veld: string
  bronnen?: Bron[] | null
  link?: string
}) {
  const bron = (bronnen ?? []).find((b) => b.veld === veld)
  const bronNaam = bron
    ? (AUTHENTIEKE_BRONNEN.find((b) => b.value === bron.bron)?.label ?? bron.bron)
    : null
  return (
    <div className="authentiek">
      <dt>{label}</dt>
      <dd>
        {link ? (
          <a href={link} rel="noopener noreferrer">
            {waarde}
          </a>
        ) : (
          waarde
        )}
        {bronNaam && (
          <span className="bron">
            {' '}
            (bron: {bronNaam}
            {bron?.opgehaaldOp ? `, opgehaald op ${datum.format(new Date(bron.opgehaaldOp))}` : ''})
          </span>
        )}
      </dd>
    </div>
  )
}
