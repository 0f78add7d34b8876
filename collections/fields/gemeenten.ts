import type { OptionObject } from 'payload'

import { gemeentenInScope } from '@/domain/geo'
import type { Regio } from '@/payload-types'

let options: OptionObject[] | null = null

/** Municipalities of Flanders and Brussels as select options (value = 2025 NIS code). */
export const gemeenteOptions = (): OptionObject[] =>
  (options ??= [...gemeentenInScope()]
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((gemeente) => ({ label: gemeente.naam, value: gemeente.nis })))

/** A value of those options, as the generated types spell it. */
type GemeenteNis = NonNullable<Regio['gemeenten']>[number]

let known: ReadonlySet<string> | null = null

const isGemeenteNis = (nis: string): nis is GemeenteNis =>
  (known ??= new Set(gemeenteOptions().map((o) => o.value))).has(nis)

/** NIS codes for a select of municipalities; one outside Flanders and Brussels is a programming error. */
export function gemeenteNisCodes(codes: readonly string[]): GemeenteNis[] {
  return codes.map((nis) => {
    if (!isGemeenteNis(nis))
      throw new Error(`Geen gemeente in Vlaanderen of Brussel: NIS-code ${nis}`)
    return nis
  })
}
