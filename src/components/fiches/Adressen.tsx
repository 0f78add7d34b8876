import type { ReactNode } from 'react'

type Adres = {
  straat: string
  huisnummer: string
  bus?: string | null
  postcode: string
  gemeente?: string | null
  primair?: boolean | null
}

/** Addresses, the main one first, each as a postal address a reader can copy; a map may follow. */
export function Adressen({
  adressen,
  children,
}: {
  adressen: readonly Adres[]
  children?: ReactNode
}) {
  if (adressen.length === 0) return null
  const gesorteerd = [...adressen].sort(
    (a, b) => Number(Boolean(b.primair)) - Number(Boolean(a.primair)),
  )
  return (
    <section aria-labelledby="adressen-titel">
      <h2 id="adressen-titel">{adressen.length === 1 ? 'Adres' : 'Adressen'}</h2>
      <ul className="fiche-lijst">
        {gesorteerd.map((a, i) => (
          <li key={i}>
            <address>
              {a.straat} {a.huisnummer}
              {a.bus ? ` bus ${a.bus}` : ''}, {a.postcode} {a.gemeente}
            </address>
          </li>
        ))}
      </ul>
      {children}
    </section>
  )
}
