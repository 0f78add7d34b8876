import type { Metadata } from 'next'

import { Formulier, formState, Meldingen, type SearchParams, Veld } from '@/components/accounts/Form'
import { PASSWORD_MIN } from '@/domain/account/validate'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Account aanmaken', robots: { index: false } }

export default async function RegistrerenPagina({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { errors, notice } = formState(await searchParams)
  return (
    <div className="account">
      <h1>Account aanmaken</h1>
      <p>Met een account bewaart u zoekopdrachten en favorieten, maakt u notities bij fiches en downloadt u gegevens.</p>
      <Meldingen errors={errors} notice={notice} />
      <Formulier actie="registreren" knop="Account aanmaken">
        <Veld name="naam" label="Naam" autoComplete="name" required errors={errors} />
        <Veld name="email" label="E-mailadres" type="email" autoComplete="email" required errors={errors} help="We sturen een mail om dit adres te bevestigen." />
        <Veld name="wachtwoord" label="Wachtwoord" type="password" autoComplete="new-password" required errors={errors} help={`Minstens ${PASSWORD_MIN} tekens.`} />
        <Veld name="wachtwoordHerhaald" label="Herhaal het wachtwoord" type="password" autoComplete="new-password" required errors={errors} />
        <fieldset>
          <legend>Zorgverlener?</legend>
          <p className="keuze">
            <input type="checkbox" id="veld-zorgverlener" name="zorgverlener" value="ja" />
            <label htmlFor="veld-zorgverlener">Ik ben zorgverlener</label>
          </p>
          <Veld
            name="rizivNummer"
            label="RIZIV-nummer"
            autoComplete="off"
            errors={errors}
            help="Alleen voor zorgverleners: 11 cijfers, bv. 1-23456-78-004. Het regioteam kijkt het na en koppelt uw account dan aan uw zorgverlenersfiche."
          />
        </fieldset>
      </Formulier>
      <p>
        Al een account? <a href="/account/aanmelden">Meld u aan</a>.
      </p>
    </div>
  )
}
