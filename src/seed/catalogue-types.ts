import type { Gemeente } from '@/domain/geo'

import type { HoursProfile } from './openingsuren'
import type { Rng } from './prng'

export type Doelgroep =
  | 'babys_peuters'
  | 'kinderen'
  | 'jongeren'
  | 'jongvolwassenen'
  | 'volwassenen'
  | 'ouderen'
  | 'gezinnen'
  | 'aanstaande_ouders'
  | 'personen_met_handicap'
  | 'mantelzorgers'
  | 'personen_met_psychische_problemen'
  | 'personen_met_verslaving'
  | 'personen_met_chronische_ziekte'
  | 'personen_met_migratieachtergrond'
  | 'vluchtelingen'
  | 'dak_en_thuislozen'
  | 'personen_in_armoede'
  | 'slachtoffers_van_geweld'
  | 'gedetineerden'
  | 'holebi_transgender'
  | 'nabestaanden'
  | 'professionals'

export type Aanmeldingswijze =
  'vrij_binnenlopen' | 'op_afspraak' | 'telefonisch' | 'online' | 'via_doorverwijzing'

export type Kostprijs =
  'gratis' | 'betalend' | 'terugbetaald_ziekenfonds' | 'inkomensgerelateerd' | 'op_aanvraag'

export type Werkingsgebied = 'lokaal' | 'regio' | 'provincie'

/** One kind of offer an organisation can have, e.g. the "Onthaal" of a CAW. */
export type AanbodTemplate = {
  key: string
  /** Short name of the offer: "Onthaal", "Kortverblijf" */
  naam: string
  /** Name of the aanbod fiche; default "<organisation> - <naam>". */
  fichenaam?: (organisatie: string) => string
  rubrieken: string[]
  doelgroepen: Doelgroep[]
  doelgroepToelichting?: string
  aanmelding: Aanmeldingswijze[]
  aanmeldingToelichting?: string
  kostprijs: [Kostprijs, string?][]
  uren: HoursProfile
  erkenning?: { overheid: string; prefix?: string }
  werkingsgebied: Werkingsgebied
  /** Probability that the offer has an address of its own, apart from the organisation's. */
  eigenAdres?: number
  /** Paragraph templates; {org}, {gemeente} and {plaats} are filled in. */
  beschrijving: string
}

export type NameContext = { rng: Rng; gemeente: Gemeente; plaats: string; woord: () => string }

export type OrganisatieType = {
  key: string
  /** Relative frequency among organisations. */
  gewicht: number
  naam: (ctx: NameContext) => string
  /** The name the KBO knows. */
  officieleNaam: (naam: string, ctx: NameContext) => string
  /** Used in aanbod names; default the organisation name. */
  kort?: (naam: string) => string
  aanbod: AanbodTemplate[]
  /** Offers every organisation of this type has. */
  altijd?: string[]
  aantal: [number, number]
  beschrijving: string
  /** Regional organisations have one main seat per region, not one per village. */
  regionaal?: boolean
}
