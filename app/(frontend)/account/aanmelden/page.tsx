import type { Metadata } from 'next'

import { Formulier, formState, Meldingen, type SearchParams, Veld } from '@/components/accounts/Form'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Aanmelden', robots: { index: false } }

export default async function AanmeldenPagina({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  const { errors, notice } = formState(params)
  const volgende = typeof params.volgende === 'string' ? params.volgende : '/account'
  const onbevestigd = errors.some((error) => error.field === 'email' && /Bevestig eerst/.test(error.message))
  return (
    <div className="account">
      <h1>Aanmelden</h1>
      <Meldingen errors={errors} notice={notice} />
      <Formulier actie="aanmelden" knop="Aanmelden">
        <input type="hidden" name="volgende" value={volgende} />
        <Veld name="email" label="E-mailadres" type="email" autoComplete="email" required errors={errors} />
        <Veld name="wachtwoord" label="Wachtwoord" type="password" autoComplete="current-password" required errors={errors} />
      </Formulier>
      <p>
        <a href="/account/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
      <p>
        Nog geen account? <a href="/account/registreren">Maak een account aan</a>.
      </p>
      <details open={onbevestigd}>
        <summary>Geen bevestigingsmail gekregen?</summary>
        <Formulier actie="bevestiging-opnieuw" knop="Stuur de bevestigingsmail opnieuw">
          <Veld name="email" label="E-mailadres van uw account" type="email" autoComplete="email" required errors={[]} />
        </Formulier>
      </details>
    </div>
  )
}
