import type { SearchParams } from '@/search/params'
import { rubriekPath, type RubriekTreeNode, type RubriekRow } from '@/search/rubriek-tree'

import { searchHref } from './links'

type Props = { params: SearchParams; boom: RubriekTreeNode[]; rubrieken: RubriekRow[] }

function vind(knopen: RubriekTreeNode[], id: number): RubriekTreeNode | null {
  for (const knoop of knopen) {
    if (knoop.id === id) return knoop
    const dieper = vind(knoop.children, id)
    if (dieper) return dieper
  }
  return null
}

/**
 * The rubriekenlijst for browsing step by step: the top level, or the chosen rubriek's path and its
 * children, each with how many results it holds. Going deeper replaces the rubriek by its child (a
 * child is a part of its parent, so keeping both would change nothing).
 */
export function RubriekTree({ params, boom, rubrieken }: Props) {
  const huidig = params.rubriek.at(-1)
  const andere = params.rubriek.slice(0, -1)
  const naar = (id: number | null) =>
    searchHref(params, { rubriek: id === null ? andere : [...andere, id] })
  const pad = huidig === undefined ? [] : rubriekPath(rubrieken, huidig)
  const kinderen = huidig === undefined ? boom : (vind(boom, huidig)?.children ?? [])

  return (
    <nav aria-label="Rubrieken" className="rubriekboom">
      <h2>Rubrieken</h2>
      {pad.length > 0 && (
        <ol className="kruimelpad" aria-label="Gekozen rubriek">
          <li>
            <a href={naar(null)}>Alle rubrieken</a>
          </li>
          {pad.map((rubriek, i) => (
            <li key={rubriek.id}>
              {i === pad.length - 1 ? (
                <span aria-current="page">{rubriek.naam}</span>
              ) : (
                <a href={naar(rubriek.id)}>{rubriek.naam}</a>
              )}
            </li>
          ))}
        </ol>
      )}
      {kinderen.length > 0 ? (
        <ul className="rubriekenlijst">
          {kinderen.map((knoop) => (
            <li key={knoop.id}>
              <a href={naar(knoop.id)}>
                {knoop.naam} <span className="aantal">({knoop.count.toLocaleString('nl-BE')})</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="stil">
          {pad.length > 0
            ? 'Deze rubriek is niet verder onderverdeeld.'
            : 'Geen rubrieken bij deze zoekopdracht.'}
        </p>
      )}
    </nav>
  )
}
