import type { LijstItem } from '@/favorieten/lijst-content'

/** The fiches of a list with their current data; a stopped or removed fiche is marked, not dropped. */
export function LijstItems({
  items,
  weghalen,
}: {
  items: LijstItem[]
  weghalen?: { lijst: number }
}) {
  if (items.length === 0) return <p>Deze lijst is nog leeg.</p>
  return (
    <ul className="lijst-items">
      {items.map((item) => (
        <li key={`${item.ficheSoort}:${item.ficheId}`} className={`lijst-item ${item.stand}`}>
          <span className="soortlabel">{item.soortLabel}</span>{' '}
          {item.stand === 'verdwenen' ? (
            <strong>Deze fiche bestaat niet meer of is niet meer openbaar.</strong>
          ) : (
            <>
              <a href={item.url!}>{item.naam}</a>
              {item.stand === 'stopgezet' && (
                <strong className="stopgezet-label"> · Stopgezet</strong>
              )}
              {item.adres && <span className="adres"> · {item.adres}</span>}
            </>
          )}
          {weghalen && (
            <form method="post" action="/account/actie/lijst-fiche-weghalen" className="inline">
              <input type="hidden" name="lijst" value={weghalen.lijst} />
              <input type="hidden" name="ficheSoort" value={item.ficheSoort} />
              <input type="hidden" name="ficheId" value={item.ficheId} />
              <input type="hidden" name="terug" value="/account" />{' '}
              <button type="submit" aria-label={`Haal ${item.naam ?? 'deze fiche'} van de lijst`}>
                Van de lijst halen
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  )
}
