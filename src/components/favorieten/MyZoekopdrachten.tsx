import type { Payload } from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import { zoekopdrachtHref } from '@/favorieten/zoekopdracht'
import type { User } from '@/payload-types'

import { ShareLink, RenameAndDelete } from './ShareLink'

/** The account page's saved searches: run again, rename, share or stop sharing, delete. */
export async function MyZoekopdrachten({
  payload,
  user,
  basis,
}: {
  payload: Payload
  user: User
  basis: string
}) {
  const { docs } = await payload.find({
    collection: 'zoekopdrachten',
    user: asPayloadUser(user),
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: 'naam',
    pagination: false,
  })
  return (
    <section aria-labelledby="zoekopdrachten">
      <h2 id="zoekopdrachten">Mijn zoekopdrachten</h2>
      {docs.length === 0 ? (
        <p>
          U hebt nog geen zoekopdrachten bewaard. Zoek iets op <a href="/zoeken">Zoeken</a> en kies
          daar &ldquo;Zoekopdracht bewaren&rdquo;.
        </p>
      ) : (
        <ul className="favorieten">
          {docs.map((z) => (
            <li key={z.id} className="favoriet">
              <h3>{z.naam}</h3>
              <p>
                <a href={zoekopdrachtHref(z.zoekopdracht ?? '')}>Opnieuw zoeken</a>
              </p>
              <RenameAndDelete soort="zoekopdracht" id={z.id} naam={z.naam} />
              <ShareLink
                soort="zoekopdracht"
                id={z.id}
                naam={z.naam}
                url={z.deeltoken ? `${basis}/gedeeld/zoekopdracht/${z.deeltoken}` : null}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
