import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import { formState, FormMessages, type PageSearchParams } from '@/components/accounts/Form'
import { requireUser } from '@/components/accounts/user'
import {
  FICHE_COLLECTION,
  FICHE_LABEL,
  FICHE_SOORTEN,
  ficheUrl,
  type FicheSoort,
} from '@/domain/fiche-url'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Mijn notities', robots: { index: false } }

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  dateStyle: 'medium',
  timeStyle: 'short',
})

/** Private notes: all of them, or those on one fiche with a form to add one. Only the owner sees this. */
export default async function NotitiesPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const params = await searchParams
  const soort = FICHE_SOORTEN.includes(params.soort as FicheSoort)
    ? (params.soort as FicheSoort)
    : null
  const ficheId = Number(params.id)
  const opFiche =
    soort && Number.isSafeInteger(ficheId) && ficheId > 0 ? { soort, id: ficheId } : null
  const user = await requireUser(
    opFiche ? `/account/notities?soort=${opFiche.soort}&id=${opFiche.id}` : '/account/notities',
  )
  const { errors, notice } = formState(params)
  const payload = await getPayload({ config })
  const als = { user: asPayloadUser(user), overrideAccess: false }
  const { docs } = await payload.find({
    collection: 'notities',
    where: opFiche
      ? { and: [{ ficheSoort: { equals: opFiche.soort } }, { ficheId: { equals: opFiche.id } }] }
      : {},
    sort: '-updatedAt',
    limit: 200,
    depth: 0,
    ...als,
  })
  const notities = docs
  const fiche = opFiche
    ? ((
        await payload.find({
          collection: FICHE_COLLECTION[opFiche.soort],
          where: { id: { equals: opFiche.id } },
          limit: 1,
          depth: 0,
          select: { naam: true },
          ...als,
        })
      ).docs[0] as { id: number; naam: string } | undefined)
    : undefined

  return (
    <div className="account">
      <h1>{fiche ? `Mijn notities bij ${fiche.naam}` : 'Mijn notities'}</h1>
      <p>
        Uw notities zijn alleen voor u: niemand anders kan ze lezen, ook de beheerders van de
        Sociale Kaart niet.
      </p>
      <FormMessages errors={errors} notice={notice} />
      {fiche && opFiche && (
        <form method="post" action="/account/actie/notitie-bewaren" className="account-formulier">
          <input type="hidden" name="ficheSoort" value={opFiche.soort} />
          <input type="hidden" name="ficheId" value={opFiche.id} />
          <p className="account-veld">
            <label htmlFor="veld-tekst">Nieuwe notitie</label>
            <textarea
              id="veld-tekst"
              name="tekst"
              rows={4}
              maxLength={5000}
              required
              aria-invalid={errors.some((e) => e.field === 'tekst') || undefined}
            />
          </p>
          <p>
            <button type="submit">Notitie bewaren</button>{' '}
            <a href={ficheUrl(opFiche.soort, fiche.id, fiche.naam)}>Terug naar de fiche</a>
          </p>
        </form>
      )}
      {notities.length === 0 ? (
        <p>
          {fiche
            ? 'U hebt nog geen notities bij deze fiche.'
            : 'U hebt nog geen notities. U voegt er een toe vanaf de pagina van een fiche.'}
        </p>
      ) : (
        <ul className="notities">
          {notities.map((n) => (
            <li key={n.id}>
              {!fiche && (
                <p>
                  <a href={ficheUrl(n.ficheSoort, n.ficheId, n.ficheNaam ?? '')}>{n.ficheNaam}</a> (
                  {FICHE_LABEL[n.ficheSoort].toLowerCase()})
                </p>
              )}
              <form method="post" action="/account/actie/notitie-bewaren">
                <input type="hidden" name="id" value={n.id} />
                {opFiche && <input type="hidden" name="ficheSoort" value={opFiche.soort} />}
                {opFiche && <input type="hidden" name="ficheId" value={opFiche.id} />}
                <label htmlFor={`notitie-${n.id}`}>
                  Notitie van {datum.format(new Date(n.updatedAt))}
                </label>
                <textarea
                  id={`notitie-${n.id}`}
                  name="tekst"
                  rows={3}
                  maxLength={5000}
                  defaultValue={n.tekst ?? ''}
                  required
                />
                <button type="submit">Wijzigen</button>
              </form>
              <form method="post" action="/account/actie/notitie-verwijderen">
                <input type="hidden" name="id" value={n.id} />
                {opFiche && <input type="hidden" name="ficheSoort" value={opFiche.soort} />}
                {opFiche && <input type="hidden" name="ficheId" value={opFiche.id} />}
                <button type="submit">Verwijderen</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
