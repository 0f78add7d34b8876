// What a fiche address answers, decided from the fiche's current state by its page: the page
// itself, 410 for a stopped fiche, 404 for one that is unknown or not public, or a permanent
// redirect when the name in the address is outdated (the id decides which fiche it is).
import { FICHE_COLLECTION, ficheUrl, type FicheSoort } from './fiche-url'
import { parseFicheUrlSegment } from './slug'

export type FicheRoute = { soort: FicheSoort; id: number; segment: string }

export type FicheRouteDecision =
  | { actie: 'tonen' }
  | { actie: 'gestopt'; soort: FicheSoort; id: number }
  | { actie: 'onbekend' }
  | { actie: 'doorverwijzen'; naar: string }

/** The fiche the last part of its address names ("naam-12", or "12"), or null when it names none. */
export function ficheFromSegment(soort: FicheSoort, ruw: string): FicheRoute | null {
  let segment: string
  try {
    segment = decodeURIComponent(ruw)
  } catch {
    return null
  }
  const parsed = parseFicheUrlSegment(segment)
  return parsed ? { soort, id: parsed.id, segment } : null
}

export function decideFicheRoute(
  adres: FicheRoute,
  stand: { status: string; naam: string } | null,
): FicheRouteDecision {
  if (!stand) return { actie: 'onbekend' }
  if (stand.status === 'stopgezet') return { actie: 'gestopt', soort: adres.soort, id: adres.id }
  if (stand.status !== 'actief') return { actie: 'onbekend' }
  const canoniek = ficheUrl(adres.soort, adres.id, stand.naam)
  return `/${FICHE_COLLECTION[adres.soort]}/${adres.segment}` === canoniek
    ? { actie: 'tonen' }
    : { actie: 'doorverwijzen', naar: canoniek }
}
