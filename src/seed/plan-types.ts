import type { LexicalDocument } from './lexical'
import type { AdresInput } from './places'
import type { OpeningsurenInput } from './openingsuren'
import type { Aanmeldingswijze, Doelgroep, Kostprijs } from './catalogue-types'

export type FicheStatus = 'actief' | 'stopgezet' | 'in_aanvraag'

export type PhoneInput = {
  nummer: string
  soort: 'telefoon' | 'gsm' | 'fax'
  label?: string
  primair: boolean
}
export type EmailInput = { adres: string; label?: string; primair: boolean }
export type WebsiteInput = { url: string; label?: string; primair: boolean }
export type SourceInput = {
  veld: string
  bron: 'kbo' | 'riziv' | 'best' | 'erkenning'
  referentie?: string
  opgehaaldOp?: string
}
export type ErkenningInput = { overheid: string; nummer?: string; van?: string; tot?: string }

type Contact = {
  telefoons: PhoneInput[]
  emails: EmailInput[]
  websites: WebsiteInput[]
}

type FicheBasis = Contact & {
  beschrijving: LexicalDocument
  adressen: AdresInput[]
  status: FicheStatus
  laatstGeverifieerd: string
}

/** The data of a fiche as an editor would type it; the collection hooks derive the rest. */
export type OrganisatieInput = FicheBasis & {
  naam: string
  officieleNaam: string
  kboNummer: string
  bronnen: SourceInput[]
}

export type PraktijkInput = FicheBasis & {
  naam: string
  soort: 'solopraktijk' | 'groepspraktijk'
  kboNummer?: string
  bronnen: SourceInput[]
}

export type ZorgverlenerInput = FicheBasis & {
  voornaam: string
  achternaam: string
  beroepen: string[]
  rizivNummer?: string
  bronnen: SourceInput[]
}

export type AanbodInput = Contact & {
  naam: string
  /** Rubriek codes; the writer turns them into ids. */
  rubriekCodes: string[]
  beschrijving: LexicalDocument
  doelgroepen: Doelgroep[]
  doelgroepToelichting?: string
  openingsuren: OpeningsurenInput
  aanmelding: { wijzen: Aanmeldingswijze[]; toelichting?: string }
  kostprijs: { soort: Kostprijs; toelichting?: string }
  werkingsgebied: string[]
  erkenningen: ErkenningInput[]
  adressen: AdresInput[]
  status: FicheStatus
  laatstGeverifieerd: string
}

export type ParentRef = { collection: 'organisaties' | 'praktijken'; index: number }

export type PlanAanbod = {
  index: number
  parent: ParentRef
  /** Global index of the zorgverlener whose offer this is. */
  zorgverlener?: number
  doc: AanbodInput
}

export type Marker =
  | 'nottebohm'
  | 'caw-antwerpen'
  | 'ocmw-lier'
  | 'lier-astrid'
  | 'marc-boons'
  | 'kine-de-brug'
  | 'demo-zorgverlener'
  | 'demo-praktijk'
  | 'beheer-aanvraag'

/**
 * A group of fiches written together: an organisatie or praktijk with its zorgverleners and aanbod.
 * Indexes count per collection over the whole run, so that references between units resolve.
 */
export type PlanUnit = {
  index: number
  organisatie?: { index: number; doc: OrganisatieInput }
  praktijk?: { index: number; doc: PraktijkInput }
  zorgverleners: { index: number; doc: ZorgverlenerInput; markering?: Marker }[]
  aanbod: PlanAanbod[]
  /** Earlier units this one refers to (a zorgverlener working at a second praktijk). */
  dependsOn: number[]
  markering?: Marker
}

export const fichesIn = (unit: PlanUnit): number =>
  (unit.organisatie ? 1 : 0) +
  (unit.praktijk ? 1 : 0) +
  unit.zorgverleners.length +
  unit.aanbod.length
