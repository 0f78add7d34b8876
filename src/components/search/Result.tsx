import { SaveToLijst } from '@/components/favorieten/SaveToLijst'
import { ficheFromResultId } from '@/domain/favorieten/limits'
import type { PublicResult } from '@/search/present'

import { formatDistance, formatOpensAt } from './format'

function adresRegel(adres: NonNullable<PublicResult['adres']>): string {
  const straat = [adres.straat, adres.huisnummer].filter(Boolean).join(' ')
  return `${straat}${adres.bus ? ` bus ${adres.bus}` : ''}, ${adres.postcode} ${adres.gemeente}`
}

/** One result: what a visitor needs to decide whether to open the fiche. */
export function Result({
  resultaat,
  nu,
  terug,
}: {
  resultaat: PublicResult
  nu: Date
  terug?: string
}) {
  const r = resultaat
  const fiche = ficheFromResultId(r.id)
  return (
    <li className="resultaat">
      <h3>
        <a href={r.url}>{r.naam}</a>
      </h3>
      <p className="resultaat-soort">
        <span className="soortlabel">{r.typeLabel}</span>
        {r.ouder && (
          <>
            {' '}
            bij <a href={r.ouder.url}>{r.ouder.naam}</a>
          </>
        )}
      </p>
      {r.rubrieken.length > 0 && (
        <p className="resultaat-rubrieken">
          <span className="visueel-verborgen">Rubrieken: </span>
          {r.rubrieken.map((rubriek) => rubriek.naam).join(' · ')}
        </p>
      )}
      {(r.adres || r.afstandKm !== null) && (
        <p className="resultaat-adres">
          {r.adres && <span className="adres">{adresRegel(r.adres)}</span>}
          {r.afstandKm !== null && (
            <>
              {r.adres && ' · '}
              <span className="afstand" data-km={r.afstandKm}>
                <span className="visueel-verborgen">Afstand: </span>
                {formatDistance(r.afstandKm)}
              </span>
            </>
          )}
        </p>
      )}
      {r.nuOpen !== null && (
        <p className={r.nuOpen ? 'openstatus open' : 'openstatus gesloten'}>
          {r.nuOpen
            ? 'Nu open'
            : `Gesloten${r.opentOm ? ` · opent ${formatOpensAt(r.opentOm, nu)}` : ''}`}
        </p>
      )}
      {r.zorgverleners.length > 0 && (
        <p className="resultaat-mensen">Met {r.zorgverleners.join(', ')}</p>
      )}
      {r.beschrijving && <p className="resultaat-beschrijving">{r.beschrijving}</p>}
      {fiche && (
        <p className="resultaat-acties">
          <SaveToLijst soort={fiche.ficheSoort} id={fiche.ficheId} naam={r.naam} terug={terug} />
        </p>
      )}
    </li>
  )
}
