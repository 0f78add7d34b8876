import type { Metadata } from 'next'

import { Formulier, formState, Meldingen, type SearchParams, Veld } from '@/components/accounts/Form'
import { PASSWORD_MIN } from '@/domain/account/validate'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Nieuw wachtwoord kiezen', robots: { index: false }, referrer: 'same-origin' }

export default async function WachtwoordHerstellenPagina({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  const { errors, notice } = formState(params)
  const token = typeof params.token === 'string' ? params.token : ''
  return (
    <div className="account">
      <h1>Nieuw wachtwoord kiezen</h1>
      <Meldingen errors={errors} notice={notice} />
      {token ? (
        <Formulier actie="wachtwoord-herstellen" knop="Wachtwoord opslaan">
          <input type="hidden" name="token" value={token} />
          <Veld name="wachtwoord" label="Nieuw wachtwoord" type="password" autoComplete="new-password" required errors={errors} help={`Minstens ${PASSWORD_MIN} tekens.`} />
          <Veld name="wachtwoordHerhaald" label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" required errors={errors} />
        </Formulier>
      ) : (
        <p>
          Deze pagina opent u met de link uit de mail. <a href="/account/wachtwoord-vergeten">Vraag een nieuwe link aan.</a>
        </p>
      )}
    </div>
  )
}
