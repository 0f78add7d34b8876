import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Sociale Kaart', template: '%s · Sociale Kaart' },
  description: 'Het zorg- en welzijnsaanbod in Vlaanderen en Brussel: wie helpt waar, voor wie en hoe.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <header className="site-header">
          <a className="brand" href="/">
            Sociale Kaart
          </a>
          <nav aria-label="Hoofdmenu">
            <a href="/zoeken">Zoeken</a> <a href="/handleidingen">Handleidingen</a> <a href="/faq">Vragen</a>{' '}
            <a href="/account">Mijn account</a>
          </nav>
        </header>
        <main id="inhoud">{children}</main>
        <footer className="site-footer">
          <p>Open data over zorg en welzijn in Vlaanderen en Brussel. De gegevens zijn ook beschikbaar via de open API op /api.</p>
        </footer>
      </body>
    </html>
  )
}
