import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Niet gevonden', robots: { index: false } }

/** 404 for the public site: say so plainly and offer the ways on. */
export default function NotFound() {
  return (
    <div className="fiche">
      <h1>Deze pagina bestaat niet (meer)</h1>
      <p>Het adres is onvolledig, of de fiche is niet (meer) openbaar.</p>
      <ul>
        <li>
          <a href="/zoeken">Zoek zorg en hulp</a>
        </li>
        <li>
          <a href="/">Naar de startpagina</a>
        </li>
        <li>
          <a href="/handleidingen">Handleidingen</a> en <a href="/faq">veelgestelde vragen</a>
        </li>
      </ul>
    </div>
  )
}
