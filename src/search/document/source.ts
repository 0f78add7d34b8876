// What the document builder reads about one fiche: plain rows, as the source loader
// (src/search/source) gets them from the database. Kept apart so the builder stays pure and testable.
import type { FicheType } from '../types'

export type AdresSource = {
  straat: string
  huisnummer: string
  bus: string | null
  postcode: string
  gemeente: string | null
  lat: number | null
  lon: number | null
  nis: string | null
  primair: boolean
}

export type ParentSource = { id: number; naam: string; status: string; adressen: AdresSource[] }

export type FicheSource = {
  type: FicheType
  id: number
  naam: string
  status: string
  beschrijving: unknown
  adressen: AdresSource[]
  regioId: number | null
  updatedAt: string
  /** Direct rubrieken: an aanbod's own; for the other types those of their active aanbod. */
  rubriekIds: number[]
  doelgroepen: string[]
  beroepen: string[]
  /** Aanbod only. */
  organisatie?: ParentSource | null
  praktijk?: ParentSource | null
  /** The zorgverlener of an aanbod; the zorgverleners of a praktijk's aanbod. */
  zorgverleners: { id: number; naam: string }[]
  openingsuren?: {
    weekschema: { dag: string; opent: string; sluit: string; naMiddernacht: boolean }[]
    uitzonderingen: {
      datum: string
      gesloten: boolean
      opent: string | null
      sluit: string | null
      naMiddernacht: boolean
    }[]
    feestdagen: 'gesloten' | 'normaal'
  }
}

export type RubriekInfo = { naam: string; parentId: number | null }
