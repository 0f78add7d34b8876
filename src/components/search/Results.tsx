import type { PublicResult } from '@/search/present'

import { Result } from './Result'

/** The list of one page of results, in the order the search gave them. */
export function Results({
  resultaten,
  nu,
  start,
  terug,
}: {
  resultaten: PublicResult[]
  nu: Date
  start: number
  terug?: string
}) {
  return (
    <ol className="resultatenlijst" start={start}>
      {resultaten.map((resultaat) => (
        <Result key={resultaat.id} resultaat={resultaat} nu={nu} terug={terug} />
      ))}
    </ol>
  )
}
