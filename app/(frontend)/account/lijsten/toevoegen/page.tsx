import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import { formState, FormMessages, type PageSearchParams } from '@/components/accounts/Form'
import { requireUser } from '@/components/accounts/user'
import { checkFiche, NAME_MAX } from '@/domain/favorieten/limits'
import { safeReturnPath } from '@/favorieten/return-path'
import { visibleFiche } from '@/favorieten/lijst-content'
import type { Lijst } from '@/payload-types'

import '../../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Bewaren in een lijst', robots: { index: false } }

/**
 * "Bewaren in een lijst" from a fiche page or a search result. Those pages are the same for everyone
 * (cached), so they only link here; this page knows the user and shows their lists for this fiche.
 */
export default async function AddToLijstPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const params = await searchParams
  const soort = typeof params.soort === 'string' ? params.soort : ''
  const id = typeof params.id === 'string' ? params.id : ''
  const terug = safeReturnPath(params.terug, '')
  const hier = `/account/lijsten/toevoegen?${new URLSearchParams({ soort, id, ...(terug ? { terug } : {}) })}`
  const user = await requireUser(hier)
  const checked = checkFiche(soort, id)
  if (!checked.ok) notFound()
  const payload = await getPayload({ config })
  const fiche = await visibleFiche(payload, checked.value)
  if (!fiche) notFound()
  const { errors, notice } = formState(params)
  const { docs } = await payload.find({
    collection: 'lijsten',
    user: asPayloadUser(user),
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: 'naam',
    pagination: false,
  })
  const lijsten = docs
  const staatOp = (lijst: Lijst) =>
    (lijst.fiches ?? []).some(
      (r) =>
        r.ficheSoort === checked.value.ficheSoort && Number(r.ficheId) === checked.value.ficheId,
    )
  const verborgen = (
    <>
      <input type="hidden" name="ficheSoort" value={checked.value.ficheSoort} />
      <input type="hidden" name="ficheId" value={checked.value.ficheId} />
      <input type="hidden" name="terug" value={hier} />
    </>
  )
  return (
    <div className="account">
      <h1>Bewaren in een lijst</h1>
      <p>
        Fiche: <a href={fiche.url}>{fiche.naam}</a>
        {terug && (
          <>
            {' · '}
            <a href={terug}>Terug</a>
          </>
        )}
      </p>
      <FormMessages errors={errors} notice={notice} />
      {lijsten.length > 0 && (
        <ul className="favorieten">
          {lijsten.map((lijst) => (
            <li key={lijst.id} className="favoriet">
              {staatOp(lijst) ? (
                <form method="post" action="/account/actie/lijst-fiche-weghalen" className="inline">
                  <input type="hidden" name="lijst" value={lijst.id} />
                  {verborgen}
                  <span>
                    Staat op <strong>{lijst.naam}</strong>
                  </span>
                  <button type="submit" aria-label={`Haal van de lijst ${lijst.naam}`}>
                    Van de lijst halen
                  </button>
                </form>
              ) : (
                <form
                  method="post"
                  action="/account/actie/lijst-fiche-toevoegen"
                  className="inline"
                >
                  <input type="hidden" name="lijst" value={lijst.id} />
                  {verborgen}
                  <button type="submit">Toevoegen aan {lijst.naam}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>In een nieuwe lijst</h2>
      <form
        method="post"
        action="/account/actie/lijst-maken"
        className="account-formulier"
        noValidate
      >
        {verborgen}
        <p className="account-veld">
          <label htmlFor="veld-naam">Naam van de nieuwe lijst</label>
          <span className="account-hulp" id="hulp-naam">
            Hoogstens {NAME_MAX} tekens.
          </span>
          <input
            id="veld-naam"
            name="naam"
            required
            aria-describedby="hulp-naam"
            aria-invalid={errors.some((e) => e.field === 'naam') || undefined}
          />
        </p>
        <p>
          <button type="submit">Nieuwe lijst maken met deze fiche</button>
        </p>
      </form>
      <p>
        <a href="/account#lijsten">Naar mijn lijsten</a>
      </p>
    </div>
  )
}
