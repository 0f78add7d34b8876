import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { MainMenu } from '@/components/site/MainMenu'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Sociale Kaart', template: '%s · Sociale Kaart' },
  description:
    'Het zorg- en welzijnsaanbod in Vlaanderen en Brussel: wie helpt waar, voor wie en hoe.',
}

const HANDLEIDINGEN = [
  { href: '/handleidingen#publiek-burger', label: 'Voor burgers' },
  { href: '/handleidingen#publiek-zorgverlener', label: 'Voor zorgverleners' },
  { href: '/handleidingen#publiek-fichebeheerder', label: 'Voor fichebeheerders' },
  { href: '/handleidingen#publiek-hergebruik', label: 'Hergebruik van gegevens' },
]

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a className="naar-inhoud" href="#inhoud">
          Naar de inhoud
        </a>
        <header className="site-header">
          <a className="brand" href="/">
            Sociale Kaart
          </a>
          <MainMenu />
        </header>
        {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <nav aria-label="Voettekst" className="voettekst">
            <section aria-labelledby="voet-handleidingen">
              <h2 id="voet-handleidingen">Handleidingen</h2>
              <ul>
                {HANDLEIDINGEN.map((l) => (
                  <li key={l.href}>
                    <a href={l.href}>{l.label}</a>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="voet-hulp">
              <h2 id="voet-hulp">Hulp en informatie</h2>
              <ul>
                <li>
                  <a href="/zoeken">Zoeken</a>
                </li>
                <li>
                  <a href="/faq">Veelgestelde vragen</a>
                </li>
                <li>
                  <a href="/over">Over de Sociale Kaart en privacy</a>
                </li>
              </ul>
            </section>
            <section aria-labelledby="voet-data">
              <h2 id="voet-data">Open data</h2>
              <ul>
                <li>
                  <a href="/open-data">Open data en de zoek-API</a>
                </li>
                <li>
                  <a href="/sitemap.xml">Sitemap (XML)</a>
                </li>
              </ul>
            </section>
          </nav>
          <p className="voet-slot">
            Het zorg- en welzijnsaanbod in Vlaanderen en Brussel, open voor iedereen om te
            raadplegen en te hergebruiken.
          </p>
        </footer>
      </body>
    </html>
  )
}
