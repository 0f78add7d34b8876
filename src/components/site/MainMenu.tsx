'use client'

import { usePathname } from 'next/navigation'

const LINKS = [
  { href: '/zoeken', label: 'Zoeken' },
  { href: '/handleidingen', label: 'Handleidingen' },
  { href: '/faq', label: 'Vragen' },
  { href: '/open-data', label: 'Open data' },
  { href: '/account', label: 'Mijn account' },
] as const

/** The main menu; the page you are on is marked for the eye and for screen readers. */
export function MainMenu() {
  const pad = usePathname() ?? ''
  return (
    <nav aria-label="Hoofdmenu" className="hoofdmenu">
      <ul>
        {LINKS.map(({ href, label }) => {
          // The page itself is "page"; a page below it (one handleiding) keeps its section marked.
          const huidig = pad === href ? 'page' : pad.startsWith(`${href}/`) ? 'true' : undefined
          return (
            <li key={href}>
              <a href={href} aria-current={huidig}>
                {label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
