import { ficheUrl } from '@/domain/fiche-url'

type Rubriek = { id: number; naam: string }
type Item = { id: number; naam: string; rubrieken?: (Rubriek | number)[] | null }

const rubriekenVan = (item: Item): Rubriek[] =>
  (item.rubrieken ?? []).filter((r): r is Rubriek => typeof r === 'object' && r !== null)

/** What a provider offers, grouped by its (first) rubriek, each linked to its own fiche. */
export function AanbodList({
  aanbod,
  titel = 'Aanbod',
}: {
  aanbod: readonly Item[]
  titel?: string
}) {
  if (aanbod.length === 0) return null
  const groepen = new Map<string, Item[]>()
  for (const item of aanbod) {
    const rubriek = rubriekenVan(item)[0]?.naam ?? 'Overig'
    groepen.set(rubriek, [...(groepen.get(rubriek) ?? []), item])
  }
  return (
    <section aria-labelledby="aanbod-titel">
      <h2 id="aanbod-titel">{titel}</h2>
      {[...groepen.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'nl'))
        .map(([rubriek, items]) => (
          <div key={rubriek}>
            <h3>{rubriek}</h3>
            <ul className="fiche-lijst">
              {items.map((item) => (
                <li key={item.id}>
                  <a href={ficheUrl('aanbod', item.id, item.naam)}>{item.naam}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  )
}

/** Rubrieken as links that browse the search from there. */
export function RubriekLinks({ rubrieken }: { rubrieken: readonly (Rubriek | number)[] }) {
  const lijst = rubrieken.filter((r): r is Rubriek => typeof r === 'object' && r !== null)
  if (lijst.length === 0) return null
  return (
    <p className="fiche-rubrieken">
      {lijst.map((r, i) => (
        <span key={r.id}>
          {i > 0 ? ' · ' : ''}
          <a href={`/zoeken?rubriek=${r.id}`}>{r.naam}</a>
        </span>
      ))}
    </p>
  )
}
