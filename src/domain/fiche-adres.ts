// What a request for a fiche address should get, decided before any (cached) page answers: the
// page itself, 410 for a stopped fiche, 404 for one that is unknown or not public, or a permanent
// redirect when the name in the address is outdated (the id decides which fiche it is).
import { FICHE_PAD, ficheUrl, type FicheSoort } from './fiche-url'
import { parseFicheUrlSegment } from './slug'

export type FicheAdresBesluit =
  | { actie: 'tonen' }
  | { actie: 'gestopt'; soort: FicheSoort; id: number }
  | { actie: 'onbekend' }
  | { actie: 'doorverwijzen'; naar: string }

const SOORT_VAN_PAD = Object.fromEntries(Object.entries(FICHE_PAD).map(([soort, pad]) => [pad, soort])) as Record<string, FicheSoort>

/** The fiche a path points to, or null when the path is no fiche address at all. */
export function ficheUitPad(pathname: string): { soort: FicheSoort; id: number; segment: string } | null {
  const match = /^\/([a-z]+)\/([^/]+)\/?$/.exec(pathname)
  const soort = match ? SOORT_VAN_PAD[match[1]!] : undefined
  if (!match || !soort) return null
  let segment: string
  try {
    segment = decodeURIComponent(match[2]!)
  } catch {
    return null
  }
  const parsed = parseFicheUrlSegment(segment)
  return parsed ? { soort, id: parsed.id, segment } : null
}

export function beslisFicheAdres(
  adres: { soort: FicheSoort; id: number; segment: string },
  stand: { status: string; naam: string } | null,
): FicheAdresBesluit {
  if (!stand) return { actie: 'onbekend' }
  if (stand.status === 'stopgezet') return { actie: 'gestopt', soort: adres.soort, id: adres.id }
  if (stand.status !== 'actief') return { actie: 'onbekend' }
  const canoniek = ficheUrl(adres.soort, adres.id, stand.naam)
  return `/${FICHE_PAD[adres.soort]}/${adres.segment}` === canoniek ? { actie: 'tonen' } : { actie: 'doorverwijzen', naar: canoniek }
}
