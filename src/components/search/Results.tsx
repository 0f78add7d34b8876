import type { PubliekResultaat } from '@/search/present'

import { Resultaat } from './Result'

/** The list of one page of results, in the order the search gave them. */
export function Resultaten({ resultaten, nu, start, terug }: { resultaten: PubliekResultaat[]; nu: Date; start: number; terug?: string }) {
  return (
    <ol className="resultatenlijst" start={start}>
      {resultaten.map((resultaat) => (
        <Resultaat key={resultaat.id} resultaat={resultaat} nu={nu} terug={terug} />
      ))}
    </ol>
  )
}
