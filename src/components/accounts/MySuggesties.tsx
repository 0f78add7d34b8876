import type { Payload } from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import { ficheUrl } from '@/domain/fiche-url'
import { SUGGESTIE_ONDERDELEN, SUGGESTIE_STATUSSEN } from '@/domain/suggestie'
import type { User } from '@/payload-types'

const datum = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'medium' })
const label = (lijst: readonly { value: string; label: string }[], waarde: string) =>
  lijst.find((x) => x.value === waarde)?.label ?? waarde

/** The suggestions this account sent, with how far the fiche's managers got with them. */
export async function MySuggesties({ payload, user }: { payload: Payload; user: User }) {
  const { docs } = await payload.find({
    collection: 'suggesties',
    where: { afzender: { equals: user.id } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    select: {
      ficheSoort: true,
      ficheId: true,
      ficheNaam: true,
      onderdeel: true,
      status: true,
      antwoord: true,
      createdAt: true,
    },
    user: asPayloadUser(user),
    overrideAccess: false,
  })
  return (
    <section aria-labelledby="suggesties-titel">
      <h2 id="suggesties-titel">Mijn suggesties</h2>
      {docs.length === 0 ? (
        <p>
          U stelde nog geen wijziging voor. Klopt er iets niet op een fiche? Onderaan elke fiche
          staat “Stel een wijziging voor”.
        </p>
      ) : (
        <ul>
          {docs.map((s) => (
            <li key={s.id}>
              <a href={ficheUrl(s.ficheSoort, Number(s.ficheId), s.ficheNaam ?? '')}>
                {s.ficheNaam}
              </a>
              : {label(SUGGESTIE_ONDERDELEN, s.onderdeel)}, verstuurd op{' '}
              {datum.format(new Date(s.createdAt))} —{' '}
              <strong>{label(SUGGESTIE_STATUSSEN, s.status)}</strong>
              {s.antwoord ? <p>Antwoord: {s.antwoord}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
