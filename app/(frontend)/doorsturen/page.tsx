import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { formState, FormMessages, Field, type PageSearchParams } from '@/components/accounts/Form'
import { requireUser } from '@/components/accounts/user'
import { MAX_MESSAGE, MAX_RECIPIENTS } from '@/domain/forward'
import {
  FICHE_COLLECTION,
  FICHE_LABEL,
  FICHE_SOORTEN,
  ficheUrl,
  type FicheSoort,
} from '@/domain/fiche-url'

import '../account/account.css'
import '../fiche.css'

// Per user: the fiche page is cached for everyone, so the form lives here.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Fiche doorsturen', robots: { index: false } }

/** Send one public fiche by mail to a few people, with a short personal message. */
export default async function ForwardPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const params = await searchParams
  const soort = String(params.soort ?? '') as FicheSoort
  const id = Number(params.id)
  if (!FICHE_SOORTEN.includes(soort) || !Number.isSafeInteger(id) || id <= 0) notFound()
  await requireUser(`/doorsturen?soort=${soort}&id=${id}`)
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
  const { errors, notice } = formState(params)
  const url = ficheUrl(soort, fiche.id, fiche.naam)
  const berichtFouten = errors.filter((e) => e.field === 'bericht')
  return (
    <div className="fiche account">
      <nav aria-label="Kruimelpad" className="kruimelpad">
        <a href="/">Home</a> › <a href={url}>{fiche.naam}</a> ›{' '}
        <span aria-current="page">Doorsturen</span>
      </nav>
      <h1>Fiche doorsturen</h1>
      <p>
        Stuur de fiche van <a href={url}>{fiche.naam}</a> ({FICHE_LABEL[soort].toLowerCase()}) per
        mail door. De mail bevat de openbare gegevens van de fiche en de link ernaar, met uw naam
        als afzender; uw notities en andere persoonlijke gegevens gaan niet mee.
      </p>
      <FormMessages errors={errors} notice={notice} />
      <form
        method="post"
        action="/account/actie/doorsturen"
        className="account-formulier"
        noValidate
      >
        <input type="hidden" name="soort" value={soort} />
        <input type="hidden" name="id" value={String(fiche.id)} />
        <Field
          name="adressen"
          label="E-mailadressen"
          type="text"
          required
          help={`Hoogstens ${MAX_RECIPIENTS}, gescheiden door komma's.`}
          errors={errors}
        />
        <p className="account-veld">
          <label htmlFor="veld-bericht">Persoonlijk bericht (niet verplicht)</label>
          <span className="account-hulp" id="hulp-bericht">
            Hoogstens {MAX_MESSAGE} tekens.
          </span>
          <textarea
            id="veld-bericht"
            name="bericht"
            rows={5}
            maxLength={MAX_MESSAGE}
            aria-describedby={berichtFouten.length ? 'hulp-bericht fout-bericht' : 'hulp-bericht'}
            aria-invalid={berichtFouten.length ? true : undefined}
          />
          {berichtFouten.length > 0 && (
            <span className="account-fout" id="fout-bericht">
              {berichtFouten.map((e) => e.message).join(' ')}
            </span>
          )}
        </p>
        <p>
          <button type="submit">Doorsturen</button>
        </p>
      </form>
    </div>
  )
}
