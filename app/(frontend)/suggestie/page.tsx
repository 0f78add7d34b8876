import config from '@payload-config'
import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { formState } from '@/components/accounts/Form'
import { SuggestieForm } from '@/components/suggesties/SuggestieForm'
import {
  FICHE_COLLECTION,
  FICHE_LABEL,
  FICHE_SOORTEN,
  ficheUrl,
  type FicheSoort,
} from '@/domain/fiche-url'
import { KEPT_VALUES_COOKIE, readKeptValues } from '@/forms/kept-values'
import { formToken } from '@/suggesties/abuse'
import { SUGGESTIE_SENT } from '@/suggesties/submit'

import '../fiche.css'

// Per visitor: whether they are logged in, a fresh form token, and after a plain-form post its outcome.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Wijziging voorstellen', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** "Iets klopt niet": the form for a suggestie tot wijziging on one public fiche. */
export default async function SuggestiePage({ searchParams }: Props) {
  const params = await searchParams
  const soort = String(params.soort ?? '') as FicheSoort
  const id = Number(params.id)
  if (!FICHE_SOORTEN.includes(soort) || !Number.isSafeInteger(id) || id <= 0) notFound()
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: FICHE_COLLECTION[soort],
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: { naam: true },
  })
  const fiche = docs[0] as { id: number; naam: string } | undefined
  if (!fiche) notFound()
  const { user } = await payload.auth({ headers: await headers() })
  const url = ficheUrl(soort, fiche.id, fiche.naam)
  // Without JavaScript the form posts and comes back here: thanked, or with the messages and what was typed.
  const { errors } = formState(params)
  const verstuurd = params.melding === SUGGESTIE_SENT
  const waarden = errors.length
    ? readKeptValues((await cookies()).get(KEPT_VALUES_COOKIE)?.value, params.sig)
    : {}
  return (
    <div className="fiche">
      <nav aria-label="Kruimelpad" className="kruimelpad">
        <a href="/">Home</a> › <a href={url}>{fiche.naam}</a> ›{' '}
        <span aria-current="page">Wijziging voorstellen</span>
      </nav>
      <h1>Wijziging voorstellen</h1>
      <p>
        Klopt er iets niet op de fiche van <a href={url}>{fiche.naam}</a> (
        {FICHE_LABEL[soort].toLowerCase()})? Laat het ons weten. De beheerders van de fiche en het
        regionale team bekijken uw voorstel.
      </p>
      <SuggestieForm
        soort={soort}
        id={fiche.id}
        token={formToken()}
        aangemeld={Boolean(user)}
        ficheUrl={url}
        begin={{ verstuurd, fouten: errors, waarden }}
      />
    </div>
  )
}
