import type { Metadata } from 'next'

import {
  Form,
  formState,
  FormMessages,
  type PageSearchParams,
  Field,
} from '@/components/accounts/Form'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Aanmelden', robots: { index: false } }

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const params = await searchParams
  const { errors, notice } = formState(params)
  const volgende = typeof params.volgende === 'string' ? params.volgende : '/account'
  const onbevestigd = errors.some(
    (error) => error.field === 'email' && /Bevestig eerst/.test(error.message),
  )
  return (
    <div className="account">
      <h1>Aanmelden</h1>
      <FormMessages errors={errors} notice={notice} />
      <Form actie="aanmelden" knop="Aanmelden">
        <input type="hidden" name="volgende" value={volgende} />
        <Field
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="email"
          required
          errors={errors}
        />
        <Field
          name="wachtwoord"
          label="Wachtwoord"
          type="password"
          autoComplete="current-password"
          required
          errors={errors}
        />
      </Form>
      <p>
        <a href="/account/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
      <p>
        Nog geen account? <a href="/account/registreren">Maak een account aan</a>.
      </p>
      <details open={onbevestigd}>
        <summary>Geen bevestigingsmail gekregen?</summary>
        <Form actie="bevestiging-opnieuw" knop="Stuur de bevestigingsmail opnieuw">
          <Field
            name="email"
            label="E-mailadres van uw account"
            type="email"
            autoComplete="email"
            required
            errors={[]}
          />
        </Form>
      </details>
    </div>
  )
}
