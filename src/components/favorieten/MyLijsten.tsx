import type { Payload } from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import { lijstContent } from '@/favorieten/lijst-content'
import type { User } from '@/payload-types'

import { ShareLink, RenameAndDelete } from './ShareLink'
import { LijstItems } from './LijstItems'

/** The account page's favourites lists: make one, see and prune its fiches, rename, share, delete. */
export async function MyLijsten({
  payload,
  user,
  basis,
}: {
  payload: Payload
  user: User
  basis: string
}) {
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
  const inhoud = await Promise.all(
    lijsten.map((l) =>
      lijstContent(
        payload,
        (l.fiches ?? []).map((r) => ({ ficheSoort: r.ficheSoort, ficheId: Number(r.ficheId) })),
      ),
    ),
  )
  return (
    <section aria-labelledby="lijsten">
      <h2 id="lijsten">Mijn lijsten</h2>
      {lijsten.length === 0 && (
        <p>
          U hebt nog geen lijsten. Maak er hieronder een, of kies &ldquo;Bewaren in een lijst&rdquo;
          bij een fiche.
        </p>
      )}
      <ul className="favorieten">
        {lijsten.map((lijst, i) => (
          <li key={lijst.id} className="favoriet">
            <h3>{lijst.naam}</h3>
            <LijstItems items={inhoud[i]} weghalen={{ lijst: lijst.id }} />
            <RenameAndDelete soort="lijst" id={lijst.id} naam={lijst.naam} />
            <ShareLink
              soort="lijst"
              id={lijst.id}
              naam={lijst.naam}
              url={lijst.deeltoken ? `${basis}/gedeeld/lijst/${lijst.deeltoken}` : null}
            />
          </li>
        ))}
      </ul>
      <form method="post" action="/account/actie/lijst-maken" className="inline">
        <label htmlFor="nieuwe-lijst">Naam van een nieuwe lijst</label>{' '}
        <input id="nieuwe-lijst" name="naam" maxLength={80} required />{' '}
        <button type="submit">Lijst maken</button>
      </form>
    </section>
  )
}
