import type { Metadata } from 'next'

import {
  Form,
  formState,
  FormMessages,
  type PageSearchParams,
  Field,
} from '@/components/accounts/Form'
import { requireUser } from '@/components/accounts/user'
import { PASSWORD_MIN } from '@/domain/account/validate'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Accountinstellingen', robots: { index: false } }

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const user = await requireUser('/account/instellingen')
  const { errors, notice } = formState(await searchParams)
  return (
    <div className="account">
      <h1>Accountinstellingen</h1>
      <p>
        <a href="/account">Terug naar mijn account</a>
      </p>
      <FormMessages errors={errors} notice={notice} />

      <h2>E-mailadres wijzigen</h2>
      <p>
        Uw huidige adres is {user.email}. Het nieuwe adres gaat pas in als u de link bevestigt die
        we ernaartoe sturen.
      </p>
      <Form actie="email-wijzigen" knop="Nieuw e-mailadres bevestigen">
        <Field
          name="email"
          label="Nieuw e-mailadres"
          type="email"
          autoComplete="email"
          required
          errors={errors}
        />
        <Field
          name="huidigWachtwoord"
          label="Uw huidige wachtwoord"
          type="password"
          autoComplete="current-password"
          required
          errors={errors}
        />
      </Form>

      <h2>Wachtwoord wijzigen</h2>
      <Form actie="wachtwoord-wijzigen" knop="Wachtwoord wijzigen">
        <Field
          name="huidigWachtwoord"
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          required
          errors={errors}
        />
        <Field
          name="wachtwoord"
          label="Nieuw wachtwoord"
          type="password"
          autoComplete="new-password"
          required
          errors={errors}
          help={`Minstens ${PASSWORD_MIN} tekens.`}
        />
        <Field
          name="wachtwoordHerhaald"
          label="Herhaal het nieuwe wachtwoord"
          type="password"
          autoComplete="new-password"
          required
          errors={errors}
        />
      </Form>

      <h2>Account verwijderen</h2>
      <p>
        Uw account en al uw persoonlijke gegevens worden verwijderd. Wat u aan anderen stuurde
        (zoals suggesties bij een fiche) blijft bewaard, zonder uw naam of e-mailadres. Dit kan niet
        ongedaan gemaakt worden.
      </p>
      <form
        method="post"
        action="/account/actie/verwijderen"
        className="account-formulier"
        noValidate
      >
        <Field
          name="huidigWachtwoord"
          label="Uw wachtwoord"
          type="password"
          autoComplete="current-password"
          required
          errors={[]}
        />
        <p className="keuze">
          <input
            type="checkbox"
            id="veld-bevestig"
            name="bevestig"
            value="ja"
            aria-invalid={errors.some((e) => e.field === 'bevestig') || undefined}
          />
          <label htmlFor="veld-bevestig">Ja, verwijder mijn account definitief</label>
        </p>
        <p>
          <button type="submit" className="gevaar">
            Account verwijderen
          </button>
        </p>
      </form>
    </div>
  )
}
