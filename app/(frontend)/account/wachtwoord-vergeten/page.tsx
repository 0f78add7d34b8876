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
export const metadata: Metadata = { title: 'Wachtwoord vergeten', robots: { index: false } }

export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const { errors, notice } = formState(await searchParams)
  return (
    <div className="account">
      <h1>Wachtwoord vergeten</h1>
      <p>
        Vul het e-mailadres van uw account in. U krijgt een mail met een link om een nieuw
        wachtwoord te kiezen.
      </p>
      <FormMessages errors={errors} notice={notice} />
      <Form actie="wachtwoord-vergeten" knop="Stuur mij een link">
        <Field
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="email"
          required
          errors={errors}
        />
      </Form>
      <p>
        <a href="/account/aanmelden">Terug naar aanmelden</a>
      </p>
    </div>
  )
}
