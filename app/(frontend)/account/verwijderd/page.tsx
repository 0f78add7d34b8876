import type { Metadata } from 'next'

import '../account.css'

export const metadata: Metadata = { title: 'Account verwijderd', robots: { index: false } }

export default function AccountDeletedPage() {
  return (
    <div className="account">
      <h1>Uw account is verwijderd</h1>
      <p role="status">
        Uw account en uw persoonlijke gegevens zijn verwijderd. Wat u aan anderen stuurde, blijft
        bewaard zonder uw naam of e-mailadres.
      </p>
      <p>
        <a href="/zoeken">Verder zoeken op de Sociale Kaart</a>
      </p>
    </div>
  )
}
