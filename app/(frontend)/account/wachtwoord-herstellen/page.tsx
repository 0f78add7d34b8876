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
export const metadata: Metadata = {
  title: 'Nieuw wachtwoord kiezen',
  robots: { index: false },
  referrer: 'same-origin',
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const params = await searchParams
  const { errors, notice } = formState(params)
  const token = typeof params.token === 'string' ? params.token : ''
  return (
    <div className="account">
      <h1>Nieuw wachtwoord kiezen</h1>
      <FormMessages errors={errors} notice={notice} />
      {token ? (
        <Form actie="wachtwoord-herstellen" knop="Wachtwoord opslaan">
          <input type="hidden" name="token" value={token} />
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
      ) : (
        <p>
          Deze pagina opent u met de link uit de mail.{' '}
          <a href="/account/wachtwoord-vergeten">Vraag een nieuwe link aan.</a>
        </p>
      )}
    </div>
  )
}
