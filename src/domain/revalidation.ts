// Which public pages a batch of changes makes stale. Pure: the caller reads the current names and
// links from the database; this decides the paths, so the rule "exactly the pages it affects" is
// one function with its own tests.
import { ficheUrl, type FicheSoort } from './fiche-url'

export type AffectedFiche = { soort: FicheSoort; id: number; naam: string }

/**
 * Every cached page of one fiche carries this tag, at whatever address it was asked (an old name,
 * a stopped fiche's 410, an unknown id's 404): expiring it reaches the addresses no one can list.
 */
export const ficheTag = (soort: FicheSoort, id: number): string => `fiche:${soort}:${id}`

export type Changes = {
  /** Every fiche whose page shows something that changed, with its current name (its canonical URL). */
  fiches: readonly AffectedFiche[]
  /** Fiches deleted from the database: no address of theirs may keep answering from the cache. */
  verwijderd?: readonly { soort: FicheSoort; id: number }[]
  /** A handleiding or FAQ changed: their index, pages and the FAQ. */
  inhoud?: boolean
  /** The home page shows the top rubrieken and how many fiches are active. */
  home?: boolean
}

export type ToRevalidate = { paden: string[]; layouts: string[]; tags: string[] }

export function pagesToRevalidate(wijzigingen: Changes): ToRevalidate {
  const paden = new Set<string>()
  const layouts = new Set<string>()
  const tags = new Set<string>()
  for (const fiche of wijzigingen.fiches) {
    paden.add(ficheUrl(fiche.soort, fiche.id, fiche.naam))
    tags.add(ficheTag(fiche.soort, fiche.id))
  }
  for (const fiche of wijzigingen.verwijderd ?? []) tags.add(ficheTag(fiche.soort, fiche.id))
  if (wijzigingen.home) paden.add('/')
  if (wijzigingen.inhoud) {
    // A handleiding's slug may have changed and the pages link to each other: every page under
    // /handleidingen, a few dozen at most, is cheaper to redo than to track link by link.
    // Next tags cached pages by their route, route group included: '/(frontend)/handleidingen'
    // reaches every /handleidingen/<slug>, also an address whose 404 was cached before publication.
    layouts.add('/(frontend)/handleidingen')
    paden.add('/handleidingen')
    paden.add('/faq')
  }
  return { paden: [...paden].sort(), layouts: [...layouts], tags: [...tags].sort() }
}
