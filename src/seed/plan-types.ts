import type { LexicalDocument } from './lexical'
import type { AdresInvoer } from './places'
import type { OpeningsurenInvoer } from './openingsuren'
import type { Aanmeldingswijze, Doelgroep, Kostprijs } from './catalogue-types'

export type FicheStatus = 'actief' | 'stopgezet' | 'in_aanvraag'

export type TelefoonInvoer = { nummer: string; soort: 'telefoon' | 'gsm' | 'fax'; label?: string; primair: boolean }
export type EmailInvoer = { adres: string; label?: string; primair: boolean }
export type WebsiteInvoer = { url: string; label?: string; primair: boolean }
export type BronInvoer = { veld: string; bron: 'kbo' | 'riziv' | 'best' | 'erkenning'; referentie?: string; opgehaaldOp?: string }
export type ErkenningInvoer = { overheid: string; nummer?: string; van?: string; tot?: string }

type Contact = {
  telefoons: TelefoonInvoer[]
  emails: EmailInvoer[]
  websites: WebsiteInvoer[]
}

type FicheBasis = Contact & {
  beschrijving: LexicalDocument
  adressen: AdresInvoer[]
  status: FicheStatus
  laatstGeverifieerd: string
}

/** The data of a fiche as an editor would type it; the collection hooks derive the rest. */
export type OrganisatieInvoer = FicheBasis & {
  naam: string
  officieleNaam: string
  kboNummer: string
  bronnen: BronInvoer[]
}

export type PraktijkInvoer = FicheBasis & {
  naam: string
  soort: 'solopraktijk' | 'groepspraktijk'
  kboNummer?: string
  bronnen: BronInvoer[]
}

export type ZorgverlenerInvoer = FicheBasis & {
  voornaam: string
  achternaam: string
  beroepen: string[]
  rizivNummer?: string
  bronnen: BronInvoer[]
}

export type AanbodInvoer = Contact & {
  naam: string
  /** Rubriek codes; the writer turns them into ids. */
  rubriekCodes: string[]
  beschrijving: LexicalDocument
  doelgroepen: Doelgroep[]
  doelgroepToelichting?: string
  openingsuren: OpeningsurenInvoer
  aanmelding: { wijzen: Aanmeldingswijze[]; toelichting?: string }
  kostprijs: { soort: Kostprijs; toelichting?: string }
  werkingsgebied: string[]
  erkenningen: ErkenningInvoer[]
  adressen: AdresInvoer[]
  status: FicheStatus
  laatstGeverifieerd: string
}

export type ParentRef = { collection: 'organisaties' | 'praktijken'; index: number }

export type PlanAanbod = {
  index: number
  parent: ParentRef
  /** Global index of the zorgverlener whose offer this is. */
  zorgverlener?: number
  doc: AanbodInvoer
}

export type Markering =
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
  organisatie?: { index: number; doc: OrganisatieInvoer }
  praktijk?: { index: number; doc: PraktijkInvoer }
  zorgverleners: { index: number; doc: ZorgverlenerInvoer; markering?: Markering }[]
  aanbod: PlanAanbod[]
  /** Earlier units this one refers to (a zorgverlener working at a second praktijk). */
  dependsOn: number[]
  markering?: Markering
}

export const fichesIn = (unit: PlanUnit): number =>
  (unit.organisatie ? 1 : 0) + (unit.praktijk ? 1 : 0) + unit.zorgverleners.length + unit.aanbod.length
