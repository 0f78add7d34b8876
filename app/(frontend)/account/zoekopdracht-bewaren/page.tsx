import type { Metadata } from 'next'

import { Formulier, formState, Meldingen, type SearchParams, Veld } from '@/components/accounts/Form'
import { requireUser } from '@/components/accounts/user'
import { NAAM_MAX } from '@/domain/favorieten/limits'
import { zoekopdrachtHref } from '@/favorieten/zoekopdracht'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Zoekopdracht bewaren', robots: { index: false } }

/** The save form on its own page: where the search page's form lands after an error or a login. */
export default async function ZoekopdrachtBewarenPagina({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  const zoekopdracht = typeof params.zoekopdracht === 'string' ? params.zoekopdracht : ''
  await requireUser(`/account/zoekopdracht-bewaren?${new URLSearchParams({ zoekopdracht })}`)
  const { errors, notice } = formState(params)
  return (
    <div className="account">
      <h1>Zoekopdracht bewaren</h1>
      <p>
        <a href={zoekopdrachtHref(zoekopdracht.replace(/^\/zoeken\??/, '').replace(/^\?/, ''))}>Terug naar de zoekresultaten</a>
      </p>
      <Meldingen errors={errors} notice={notice} />
      <Formulier actie="zoekopdracht-bewaren" knop="Zoekopdracht bewaren">
        <input type="hidden" name="zoekopdracht" value={zoekopdracht} />
        <Veld name="naam" label="Naam van de zoekopdracht" required errors={errors} help={`Hoogstens ${NAAM_MAX} tekens.`} />
      </Formulier>
    </div>
  )
}
