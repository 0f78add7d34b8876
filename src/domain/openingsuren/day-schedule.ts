import { publicHoliday } from '../holidays'
import { checkBlock, type Block } from './block'
import { dagOfDate } from './calendar'
import type { Openingsuren } from './types'

/**
 * The blocks that start on a local date, earliest first. Exceptions for the date replace the week
 * completely; a public holiday closes only when the fiche says so and has no exception that day.
 * Invalid stored rows are skipped: showing the other hours beats failing the whole fiche.
 */
export function blocksOnDate(uren: Openingsuren, datum: string): Block[] {
  const uitzonderingen = (uren.uitzonderingen ?? []).filter((u) => u.datum === datum)
  let rijen: readonly {
    opent?: string | null
    sluit?: string | null
    naMiddernacht?: boolean | null
  }[]
  if (uitzonderingen.length > 0) {
    if (uitzonderingen.some((u) => u.gesloten === true)) return []
    rijen = uitzonderingen
  } else if (uren.feestdagen === 'gesloten' && publicHoliday(datum) !== null) {
    return []
  } else {
    const dag = dagOfDate(datum)
    rijen = (uren.weekschema ?? []).filter((s) => s.dag === dag)
  }
  return rijen
    .flatMap((rij) => {
      const resultaat = checkBlock(rij)
      return 'blok' in resultaat ? [resultaat.blok] : []
    })
    .sort((a, b) => a.start - b.start)
}
