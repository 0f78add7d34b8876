'use client'
// The form works without JavaScript (a server action posts the page); with it, the answer shows in place.
import { useActionState } from 'react'

import { SUGGESTIE_ONDERDELEN } from '@/domain/suggestie'
import { dienSuggestieIn, type IndienStatus } from '@/suggesties/indienen'

type Props = { soort: string; id: number; token: string; aangemeld: boolean; ficheUrl: string }

const BEGIN: IndienStatus = { ok: false, fouten: [], waarden: {}, poging: 0 }

export function SuggestieFormulier({ soort, id, token, aangemeld, ficheUrl }: Props) {
  const [status, verstuur, bezig] = useActionState(dienSuggestieIn, BEGIN)
  if (status.ok) {
    return (
      <div role="status" className="melding melding-ok">
        <h2>Bedankt voor uw voorstel</h2>
        <p>De beheerders van deze fiche krijgen het te zien. {aangemeld ? 'U' : 'U krijgt een e-mail en u'} hoort van ons zodra het behandeld is.</p>
        <p>
          <a href={ficheUrl}>Terug naar de fiche</a>
        </p>
      </div>
    )
  }
  const fout = (veld: string) => status.fouten.find((f) => f.field === veld)?.message
  const beschrijving = (veld: string) => (fout(veld) ? `${veld}-fout` : undefined)
  return (
    <form key={status.poging} action={verstuur} className="formulier" noValidate>
      {status.fouten.length > 0 && (
        <div role="alert" className="melding melding-fout">
          <p>Uw voorstel is nog niet verstuurd:</p>
          <ul>
            {status.fouten.map((f) => (
              <li key={f.field}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="ficheSoort" value={soort} />
      <input type="hidden" name="ficheId" value={id} />
      <input type="hidden" name="token" value={token} />
      <p className="verborgen" aria-hidden="true">
        <label>
          Laat dit veld leeg <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </p>
      <p>
        <label htmlFor="onderdeel">Wat klopt er niet?</label>
        <select id="onderdeel" name="onderdeel" required defaultValue={status.waarden.onderdeel ?? ''} aria-invalid={Boolean(fout('onderdeel'))} aria-describedby={beschrijving('onderdeel')}>
          <option value="" disabled>
            Kies een onderdeel
          </option>
          {SUGGESTIE_ONDERDELEN.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {fout('onderdeel') && <span id="onderdeel-fout" className="veldfout">{fout('onderdeel')}</span>}
      </p>
      <p>
        <label htmlFor="voorstel">Wat moet het zijn?</label>
        <textarea id="voorstel" name="voorstel" rows={6} maxLength={2000} required defaultValue={status.waarden.voorstel ?? ''} aria-invalid={Boolean(fout('voorstel'))} aria-describedby={beschrijving('voorstel')} />
        {fout('voorstel') && <span id="voorstel-fout" className="veldfout">{fout('voorstel')}</span>}
      </p>
      {!aangemeld && (
        <>
          <p>
            <label htmlFor="naam">Uw naam (niet verplicht)</label>
            <input id="naam" name="naam" type="text" autoComplete="name" defaultValue={status.waarden.naam ?? ''} />
          </p>
          <p>
            <label htmlFor="email">Uw e-mailadres</label>
            <input id="email" name="email" type="email" autoComplete="email" required defaultValue={status.waarden.email ?? ''} aria-invalid={Boolean(fout('email'))} aria-describedby={beschrijving('email') ?? 'email-uitleg'} />
            <span id="email-uitleg" className="hulptekst">Alleen om u te laten weten wat er met uw voorstel gebeurt. Het komt nooit op de fiche.</span>
            {fout('email') && <span id="email-fout" className="veldfout">{fout('email')}</span>}
          </p>
        </>
      )}
      <p>
        <button type="submit" disabled={bezig}>
          {bezig ? 'Bezig met versturen…' : 'Voorstel versturen'}
        </button>
      </p>
    </form>
  )
}
