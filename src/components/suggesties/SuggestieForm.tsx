'use client'
// The form posts to the form route like any other and works without JavaScript: the page then comes
// back thanked, or with the messages and what was typed. With JavaScript it asks for the JSON answer
// instead and shows it in place; what was typed simply stays in the fields.
import { useState, type FormEvent } from 'react'

import type { FieldError } from '@/domain/field-error'
import { SUGGESTIE_ONDERDELEN } from '@/domain/suggestie'

const ACTIE = '/account/actie/suggestie-indienen'

export type SuggestieStatus = {
  verstuurd: boolean
  fouten: FieldError[]
  waarden: Record<string, string>
}

type Props = {
  soort: string
  id: number
  token: string
  aangemeld: boolean
  ficheUrl: string
  begin: SuggestieStatus
}

export function SuggestieForm({ soort, id, token, aangemeld, ficheUrl, begin }: Props) {
  const [status, setStatus] = useState(begin)
  const [bezig, setBezig] = useState(false)

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setBezig(true)
    try {
      const response = await fetch(ACTIE, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
      })
      const antwoord = (await response.json()) as { errors?: FieldError[] }
      if (response.ok) setStatus({ verstuurd: true, fouten: [], waarden: {} })
      else if (antwoord.errors?.length)
        setStatus((vorige) => ({ ...vorige, fouten: antwoord.errors! }))
      else throw new Error(`Onverwacht antwoord ${response.status}`)
    } catch {
      // No answer to show (offline, a server error): the plain post shows what happened.
      form.submit()
    } finally {
      setBezig(false)
    }
  }

  if (status.verstuurd) {
    return (
      <div role="status" className="melding melding-ok">
        <h2>Bedankt voor uw voorstel</h2>
        <p>
          De beheerders van deze fiche krijgen het te zien.{' '}
          {aangemeld ? 'U' : 'U krijgt een e-mail en u'} hoort van ons zodra het behandeld is.
        </p>
        <p>
          <a href={ficheUrl}>Terug naar de fiche</a>
        </p>
      </div>
    )
  }
  const fout = (veld: string) => status.fouten.find((f) => f.field === veld)?.message
  const beschrijving = (veld: string) => (fout(veld) ? `${veld}-fout` : undefined)
  return (
    <form
      method="post"
      action={ACTIE}
      onSubmit={(event) => void verstuur(event)}
      className="formulier"
      noValidate
    >
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
          Laat dit veld leeg{' '}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </p>
      <p>
        <label htmlFor="onderdeel">Wat klopt er niet?</label>
        <select
          id="onderdeel"
          name="onderdeel"
          required
          defaultValue={status.waarden.onderdeel ?? ''}
          aria-invalid={Boolean(fout('onderdeel'))}
          aria-describedby={beschrijving('onderdeel')}
        >
          <option value="" disabled>
            Kies een onderdeel
          </option>
          {SUGGESTIE_ONDERDELEN.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {fout('onderdeel') && (
          <span id="onderdeel-fout" className="veldfout">
            {fout('onderdeel')}
          </span>
        )}
      </p>
      <p>
        <label htmlFor="voorstel">Wat moet het zijn?</label>
        <textarea
          id="voorstel"
          name="voorstel"
          rows={6}
          maxLength={2000}
          required
          defaultValue={status.waarden.voorstel ?? ''}
          aria-invalid={Boolean(fout('voorstel'))}
          aria-describedby={beschrijving('voorstel')}
        />
        {fout('voorstel') && (
          <span id="voorstel-fout" className="veldfout">
            {fout('voorstel')}
          </span>
        )}
      </p>
      {!aangemeld && (
        <>
          <p>
            <label htmlFor="naam">Uw naam (niet verplicht)</label>
            <input
              id="naam"
              name="naam"
              type="text"
              autoComplete="name"
              defaultValue={status.waarden.naam ?? ''}
            />
          </p>
          <p>
            <label htmlFor="email">Uw e-mailadres</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              required
              defaultValue={status.waarden.email ?? ''}
              aria-invalid={Boolean(fout('email'))}
              aria-describedby={beschrijving('email') ?? 'email-uitleg'}
            />
            <span id="email-uitleg" className="hulptekst">
              Alleen om u te laten weten wat er met uw voorstel gebeurt. Het komt nooit op de fiche.
            </span>
            {fout('email') && (
              <span id="email-fout" className="veldfout">
                {fout('email')}
              </span>
            )}
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
