import config from '@payload-config'
import type { Metadata } from 'next'
import { createLocalReq, getPayload } from 'payload'

import { asPayloadUser } from '@/auth/payload-user'
import { formState, FormMessages, type PageSearchParams } from '@/components/accounts/Form'
import { Downloads } from '@/components/accounts/Downloads'
import { requireUser } from '@/components/accounts/user'
import { MySuggesties } from '@/components/accounts/MySuggesties'
import { MyLijsten } from '@/components/favorieten/MyLijsten'
import { MyZoekopdrachten } from '@/components/favorieten/MyZoekopdrachten'
import { siteBaseUrl } from '@/components/favorieten/site'
import { poolOf } from '@/db/pool'
import { jobsOf } from '@/downloads/jobs'

import './account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Mijn account', robots: { index: false } }

const ROLLEN: Record<string, string> = {
  burger: 'Gebruiker',
  zorgverlener: 'Zorgverlener',
  regiobeheerder: 'Regiobeheerder',
  redacteur: 'Redacteur',
  admin: 'Beheerder',
}

const ZORGVERLENER_STATUS: Record<string, string> = {
  aangevraagd: 'Aangevraagd: het regioteam kijkt uw RIZIV-nummer na.',
  goedgekeurd: 'Goedgekeurd: uw account is gekoppeld aan uw zorgverlenersfiche.',
  geweigerd: 'Niet goedgekeurd.',
}

/**
 * The account's own page: who you are, and (as later features add them) your lists, searches,
 * downloads and notes as sections below the profile.
 */
export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const user = await requireUser('/account')
  const { errors, notice } = formState(await searchParams)
  const payload = await getPayload({ config })
  // What the admin panel is for: people who manage something get a link there.
  const req = await createLocalReq({ user: asPayloadUser(user) }, payload)
  const magBeheren = Boolean(await payload.collections.users.config.access.admin?.({ req }))
  const basis = await siteBaseUrl()
  const { totalDocs: aantalNotities } = await payload.count({
    collection: 'notities',
    user: asPayloadUser(user),
    overrideAccess: false,
  })
  const downloads = await jobsOf(poolOf(payload), user.id)
  return (
    <div className="account">
      <h1>Mijn account</h1>
      <FormMessages errors={errors} notice={notice} />
      <section aria-labelledby="profiel">
        <h2 id="profiel">Profiel</h2>
        <dl>
          <dt>Naam</dt>
          <dd>{user.naam || '—'}</dd>
          <dt>E-mailadres</dt>
          <dd>{user.email}</dd>
          <dt>Rol</dt>
          <dd>{(user.roles ?? []).map((role) => ROLLEN[role] ?? role).join(', ')}</dd>
          {user.zorgverlenerStatus && (
            <>
              <dt>Zorgverlener</dt>
              <dd>{ZORGVERLENER_STATUS[user.zorgverlenerStatus]}</dd>
            </>
          )}
        </dl>
        <p>
          <a href="/account/instellingen">E-mailadres, wachtwoord of account wijzigen</a>
          {magBeheren && (
            <>
              {' · '}
              <a href="/admin">Naar het beheer</a>
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="notities-titel">
        <h2 id="notities-titel">Mijn notities</h2>
        <p>
          {aantalNotities === 0
            ? 'U hebt nog geen notities. Op de pagina van elke fiche kunt u er een toevoegen die alleen u ziet.'
            : `U hebt ${aantalNotities} ${aantalNotities === 1 ? 'notitie' : 'notities'}, alleen voor u zichtbaar.`}{' '}
          {aantalNotities > 0 && <a href="/account/notities">Bekijk uw notities</a>}
        </p>
      </section>
      <MyZoekopdrachten payload={payload} user={user} basis={basis} />
      <MyLijsten payload={payload} user={user} basis={basis} />
      <Downloads jobs={downloads} />
      <MySuggesties payload={payload} user={user} />
      <form method="post" action="/account/actie/afmelden">
        <button type="submit">Afmelden</button>
      </form>
    </div>
  )
}
