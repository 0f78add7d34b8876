import type { FicheSoort } from '@/domain/fiche-url'

/**
 * A plain link, the same for every visitor: fiche pages and results are cached for everyone, so the
 * user's own lists are shown on the page it opens (which asks a visitor to log in first).
 */
export function SaveToLijst({
  soort,
  id,
  naam,
  terug,
}: {
  soort: FicheSoort
  id: number
  naam: string
  terug?: string
}) {
  const query = new URLSearchParams({ soort, id: String(id), ...(terug ? { terug } : {}) })
  return (
    // The name is spoken after the visible words, so speech input ("klik Bewaren in een lijst") finds it.
    <a className="bewaar-in-lijst" href={`/account/lijsten/toevoegen?${query}`}>
      Bewaren in een lijst<span className="visueel-verborgen">: {naam}</span>
    </a>
  )
}
