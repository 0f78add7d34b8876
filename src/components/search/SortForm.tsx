import Form from 'next/form'

import { toSearchString, type SearchParams } from '@/search/params'
import type { SortOrder } from '@/search/types'

import { hasLocation, SEARCH_PATH } from './links'
import { SortSelect } from './SortSelect'
import { HiddenFields } from './HiddenFields'

type Props = { params: SearchParams; huidig: SortOrder }

/** A small GET form of its own: the sort order is one more URL parameter, the rest stays as it is. */
export function SortForm({ params, huidig }: Props) {
  // Relevance only means something with a text; distance only with a point to measure from.
  const opties = [
    ...(params.q ? [{ value: 'relevantie', label: 'relevantie' }] : []),
    ...(hasLocation(params) ? [{ value: 'afstand', label: 'afstand' }] : []),
    { value: 'naam', label: 'naam' },
  ]
  if (opties.length < 2) return null
  return (
    <Form key={toSearchString(params)} action={SEARCH_PATH} className="sorteerformulier">
      <HiddenFields params={{ ...params, sort: null, pagina: 1 }} />
      <SortSelect opties={opties} waarde={huidig} />
    </Form>
  )
}
