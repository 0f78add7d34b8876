import type { OptionObject } from 'payload'

import { municipalitiesInScope } from '@/domain/geo'

let options: OptionObject[] | null = null

/** Municipalities of Flanders and Brussels as select options (value = 2025 NIS code). */
export const municipalityOptions = (): OptionObject[] =>
  (options ??= [...municipalitiesInScope()]
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((gemeente) => ({ label: gemeente.naam, value: gemeente.nis })))
