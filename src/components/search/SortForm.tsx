import Form from 'next/form'

import { toSearchString, type ZoekParams } from '@/search/params'
import type { SortOrder } from '@/search/types'

import { heeftLocatie, ZOEK_PAD } from './links'
import { SorteerKeuze } from './SortSelect'
import { VerborgenVelden } from './HiddenFields'

type Props = { params: ZoekParams; huidig: SortOrder }

/** A small GET form of its own: the sort order is one more URL parameter, the rest stays as it is. */
export function SorteerFormulier({ params, huidig }: Props) {
  // Relevance only means something with a text; distance only with a point to measure from.
  const opties = [
    ...(params.q ? [{ value: 'relevantie', label: 'relevantie' }] : []),
    ...(heeftLocatie(params) ? [{ value: 'afstand', label: 'afstand' }] : []),
    { value: 'naam', label: 'naam' },
  ]
  if (opties.length < 2) return null
  return (
    <Form key={toSearchString(params)} action={ZOEK_PAD} className="sorteerformulier">
      <VerborgenVelden params={{ ...params, sort: null, pagina: 1 }} />
      <SorteerKeuze opties={opties} waarde={huidig} />
    </Form>
  )
}
