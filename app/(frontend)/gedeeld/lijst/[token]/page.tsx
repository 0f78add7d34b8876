import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { LijstItems } from '@/components/favorieten/LijstItems'
import { sharedLijst } from '@/favorieten/sharing'
import { lijstContent } from '@/favorieten/lijst-content'

import '../../../account/account.css'

// Each visit reads the list anew: current fiche data, and a revoked link stops working at once.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Gedeelde lijst',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/** A favourites list shared by its owner, read-only, with each fiche's current data. */
export default async function SharedLijstPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const payload = await getPayload({ config })
  const lijst = await sharedLijst(payload, token)
  if (!lijst) notFound()
  const items = await lijstContent(
    payload,
    (lijst.fiches ?? []).map((r) => ({ ficheSoort: r.ficheSoort, ficheId: Number(r.ficheId) })),
  )
  return (
    <div className="account gedeeld">
      <p className="fiche-soort">Gedeelde lijst</p>
      <h1>{lijst.naam}</h1>
      <p>
        {items.length === 1 ? '1 fiche' : `${items.length} fiches`}, met hun gegevens van vandaag.
      </p>
      <LijstItems items={items} />
    </div>
  )
}
