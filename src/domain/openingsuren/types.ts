import type { FieldError } from '../field-error'

export type Dag = 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo'

/** A block in the regular week. */
export type WeekSlot = {
  dag: Dag
  /** HH:MM, 00:00-23:59 */
  opent: string
  /** HH:MM; 24:00 means until midnight */
  sluit: string
  /** The block closes the next day (e.g. 22:00-02:00); closing is then at or before opening. */
  naMiddernacht?: boolean | null
}

/** An exception for one date: closed, or these hours instead of the week schema. */
export type Uitzondering = {
  /** YYYY-MM-DD */
  datum: string
  gesloten?: boolean | null
  opent?: string | null
  sluit?: string | null
  naMiddernacht?: boolean | null
  omschrijving?: string | null
}

/** What happens on a public holiday without its own exception. */
export type FeestdagenPolicy = 'gesloten' | 'normaal'

/** A field error ('sluit', in Dutch for the editor) in one row of the list that was validated. */
export type OpeningsurenIssue = FieldError & {
  /** Position of the offending row */
  index: number
}

/** Everything needed to answer "is it open?"; the arrays may be missing on fiches without hours. */
export type Openingsuren = {
  weekschema?: readonly WeekSlot[] | null
  uitzonderingen?: readonly Uitzondering[] | null
  feestdagen?: FeestdagenPolicy | null
}

/** Monday first: the Belgian week. */
export const DAGEN: readonly Dag[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

export const DAG_NAMES: Readonly<Record<Dag, string>> = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
}

export function isDag(waarde: unknown): waarde is Dag {
  return typeof waarde === 'string' && (DAGEN as readonly string[]).includes(waarde)
}
