import type { Metadata } from 'next'

import {
  Form,
  formState,
  FormMessages,
  type PageSearchParams,
  Field,
} from '@/components/accounts/Form'
import { requireUser } from '@/components/accounts/user'
import { NAME_MAX } from '@/domain/favorieten/limits'
import { zoekopdrachtHref } from '@/favorieten/zoekopdracht'

import '../account.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Zoekopdracht bewaren', robots: { index: false } }

/** The save form on its own page: where the search page's form lands after an error or a login. */
export default async function SaveZoekopdrachtPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>
}) {
  const params = await searchParams
  const zoekopdracht = typeof params.zoekopdracht === 'string' ? params.zoekopdracht : ''
  await requireUser(`/account/zoekopdracht-bewaren?${new URLSearchParams({ zoekopdracht })}`)
  const { errors, notice } = formState(params)
  return (
    <div className="account">
      <h1>Zoekopdracht bewaren</h1>
      <p>
        <a href={zoekopdrachtHref(zoekopdracht.replace(/^\/zoeken\??/, '').replace(/^\?/, ''))}>
          Terug naar de zoekresultaten
        </a>
      </p>
      <FormMessages errors={errors} notice={notice} />
      <Form actie="zoekopdracht-bewaren" knop="Zoekopdracht bewaren">
        <input type="hidden" name="zoekopdracht" value={zoekopdracht} />
        <Field
          name="naam"
          label="Naam van de zoekopdracht"
          required
          errors={errors}
          help={`Hoogstens ${NAME_MAX} tekens.`}
        />
      </Form>
    </div>
  )
}
