import type { Metadata } from 'next'

import { Formulier, formState, Meldingen, type SearchParams, Veld } from '@/components/accounts/Form'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Wachtwoord vergeten', robots: { index: false } }

export default async function WachtwoordVergetenPagina({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { errors, notice } = formState(await searchParams)
  return (
    <div className="account">
      <h1>Wachtwoord vergeten</h1>
      <p>Vul het e-mailadres van uw account in. U krijgt een mail met een link om een nieuw wachtwoord te kiezen.</p>
      <Meldingen errors={errors} notice={notice} />
      <Formulier actie="wachtwoord-vergeten" knop="Stuur mij een link">
        <Veld name="email" label="E-mailadres" type="email" autoComplete="email" required errors={errors} />
      </Formulier>
      <p>
        <a href="/account/aanmelden">Terug naar aanmelden</a>
      </p>
    </div>
  )
}
