import type { Metadata } from 'next'

import {
  Form,
  formState,
  FormMessages,
  type PageSearchParams,
  Field,
} from '@/components/accounts/Form'
import { PASSWORD_MIN } from '@/domain/account/validate'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Account aanmaken', robots: { index: false } }

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const { errors, notice } = formState(await searchParams)
  return (
    <div className="account">
      <h1>Account aanmaken</h1>
      <p>
        Met een account bewaart u zoekopdrachten en favorieten, maakt u notities bij fiches en
        downloadt u gegevens.
      </p>
      <FormMessages errors={errors} notice={notice} />
      <Form actie="registreren" knop="Account aanmaken">
        <Field name="naam" label="Naam" autoComplete="name" required errors={errors} />
        <Field
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="email"
          required
          errors={errors}
          help="We sturen een mail om dit adres te bevestigen."
        />
        <Field
          name="wachtwoord"
          label="Wachtwoord"
          type="password"
          autoComplete="new-password"
          required
          errors={errors}
          help={`Minstens ${PASSWORD_MIN} tekens.`}
        />
        <Field
          name="wachtwoordHerhaald"
          label="Herhaal het wachtwoord"
          type="password"
          autoComplete="new-password"
          required
          errors={errors}
        />
        <fieldset>
          <legend>Zorgverlener?</legend>
          <p className="keuze">
            <input type="checkbox" id="veld-zorgverlener" name="zorgverlener" value="ja" />
            <label htmlFor="veld-zorgverlener">Ik ben zorgverlener</label>
          </p>
          <Field
            name="rizivNummer"
            label="RIZIV-nummer"
            autoComplete="off"
            errors={errors}
            help="Alleen voor zorgverleners: 11 cijfers, bv. 1-23456-78-004. Het regioteam kijkt het na en koppelt uw account dan aan uw zorgverlenersfiche."
          />
        </fieldset>
      </Form>
      <p>
        Al een account? <a href="/account/aanmelden">Meld u aan</a>.
      </p>
    </div>
  )
}
