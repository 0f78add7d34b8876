import { BewaarInLijst } from '@/components/favorieten/SaveToLijst'
import { ficheUitResultaatId } from '@/domain/favorieten/limits'
import type { PubliekResultaat } from '@/search/present'

import { formatAfstand, formatOpentOm } from './format'

function adresRegel(adres: NonNullable<PubliekResultaat['adres']>): string {
  const straat = [adres.straat, adres.huisnummer].filter(Boolean).join(' ')
  return `${straat}${adres.bus ? ` bus ${adres.bus}` : ''}, ${adres.postcode} ${adres.gemeente}`
}

/** One result: what a visitor needs to decide whether to open the fiche. */
export function Resultaat({ resultaat, nu, terug }: { resultaat: PubliekResultaat; nu: Date; terug?: string }) {
  const r = resultaat
  const fiche = ficheUitResultaatId(r.id)
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
                {formatAfstand(r.afstandKm)}
              </span>
            </>
          )}
        </p>
      )}
      {r.nuOpen !== null && (
        <p className={r.nuOpen ? 'openstatus open' : 'openstatus gesloten'}>
          {r.nuOpen ? 'Nu open' : `Gesloten${r.opentOm ? ` · opent ${formatOpentOm(r.opentOm, nu)}` : ''}`}
        </p>
      )}
      {r.zorgverleners.length > 0 && <p className="resultaat-mensen">Met {r.zorgverleners.join(', ')}</p>}
      {r.beschrijving && <p className="resultaat-beschrijving">{r.beschrijving}</p>}
      {fiche && (
        <p className="resultaat-acties">
          <BewaarInLijst soort={fiche.ficheSoort} id={fiche.ficheId} naam={r.naam} terug={terug} />
        </p>
      )}
    </li>
  )
}
