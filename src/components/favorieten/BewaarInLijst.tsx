import type { FicheSoort } from '@/domain/fiche-url'

/**
 * A plain link, the same for every visitor: fiche pages and results are cached for everyone, so the
 * user's own lists are shown on the page it opens (which asks a visitor to log in first).
 */
export function BewaarInLijst({ soort, id, naam, terug }: { soort: FicheSoort; id: number; naam: string; terug?: string }) {
  const query = new URLSearchParams({ soort, id: String(id), ...(terug ? { terug } : {}) })
  return (
    <a className="bewaar-in-lijst" href={`/account/lijsten/toevoegen?${query}`} aria-label={`Bewaar ${naam} in een lijst`}>
      Bewaren in een lijst
    </a>
  )
}
