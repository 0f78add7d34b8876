import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { formatResultCount } from '@/components/search/format'
import { Results } from '@/components/search/Results'
import { sharedZoekopdracht } from '@/favorieten/sharing'
import { zoekopdrachtHref } from '@/favorieten/zoekopdracht'
import { runSearch } from '@/search/service'

import '../../../zoeken/zoeken.css'

// Each visit reads the link anew: a revoked link must stop working at once.
export const dynamic = 'force-dynamic'
// The token is the key: never in a search engine, never sent on to another site.
export const metadata: Metadata = {
  title: 'Gedeelde zoekopdracht',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/** A saved search shared by its owner: its name and its current first results, read-only. */
export default async function SharedZoekopdrachtPage({
  params,
}: {
  params: Promise<{ token: string }>
}) {
  const { token } = await params
  const payload = await getPayload({ config })
  const zoekopdracht = await sharedZoekopdracht(payload, token)
  if (!zoekopdracht) notFound()
  const nu = new Date()
  const resultaat = await runSearch(
    payload,
    new URLSearchParams(zoekopdracht.zoekopdracht ?? ''),
    nu,
  )
  return (
    <div className="zoekpagina gedeeld">
      <p className="fiche-soort">Gedeelde zoekopdracht</p>
      <h1>{zoekopdracht.naam}</h1>
      <p>
        <a href={zoekopdrachtHref(zoekopdracht.zoekopdracht ?? '')}>
          Deze zoekopdracht uitvoeren op de Sociale Kaart
        </a>
      </p>
      <h2>{formatResultCount(resultaat.total)}</h2>
      {resultaat.resultaten.length > 0 && (
        <Results resultaten={resultaat.resultaten} nu={nu} start={1} />
      )}
      {resultaat.pages > 1 && (
        <p>
          <a href={zoekopdrachtHref(zoekopdracht.zoekopdracht ?? '')}>Alle resultaten bekijken</a>
        </p>
      )}
    </div>
  )
}
