import zorgberoepen from './data/zorgberoepen.json' with { type: 'json' }

/** Shape of a select option in forms and filters. */
export type SelectOption = { label: string; value: string }

/** Health professions from Zorg en Gezondheid / FOD Volksgezondheid (see data/PROVENANCE.md). */
export const beroepen: SelectOption[] = zorgberoepen.items.map((b) => ({
  label: b.label,
  value: b.key,
}))

// Target groups as welfare organisations describe their public; values are stable keys stored in the
// database, so they may never change once used, while labels can be reworded.
export const doelgroepen: SelectOption[] = [
  { label: 'Baby’s en peuters', value: 'babys_peuters' },
  { label: 'Kinderen', value: 'kinderen' },
  { label: 'Jongeren', value: 'jongeren' },
  { label: 'Jongvolwassenen', value: 'jongvolwassenen' },
  { label: 'Volwassenen', value: 'volwassenen' },
  { label: 'Ouderen', value: 'ouderen' },
  { label: 'Gezinnen', value: 'gezinnen' },
  { label: '(Aanstaande) ouders', value: 'aanstaande_ouders' },
  { label: 'Personen met een handicap', value: 'personen_met_handicap' },
  { label: 'Mantelzorgers', value: 'mantelzorgers' },
  { label: 'Personen met psychische problemen', value: 'personen_met_psychische_problemen' },
  { label: 'Personen met een verslaving', value: 'personen_met_verslaving' },
  { label: 'Personen met een chronische ziekte', value: 'personen_met_chronische_ziekte' },
  { label: 'Personen met een migratieachtergrond', value: 'personen_met_migratieachtergrond' },
  { label: 'Vluchtelingen en verzoekers om internationale bescherming', value: 'vluchtelingen' },
  { label: 'Dak- en thuislozen', value: 'dak_en_thuislozen' },
  { label: 'Personen in armoede', value: 'personen_in_armoede' },
  { label: 'Slachtoffers van geweld', value: 'slachtoffers_van_geweld' },
  { label: 'Gedetineerden en ex-gedetineerden', value: 'gedetineerden' },
  { label: 'Holebi’s en transgender personen', value: 'holebi_transgender' },
  { label: 'Nabestaanden', value: 'nabestaanden' },
  { label: 'Professionals en doorverwijzers', value: 'professionals' },
]

/** How a client gets in: the first question people ask before going somewhere. */
export const aanmeldingswijzen: SelectOption[] = [
  { label: 'Vrij binnenlopen', value: 'vrij_binnenlopen' },
  { label: 'Op afspraak', value: 'op_afspraak' },
  { label: 'Telefonisch', value: 'telefonisch' },
  { label: 'Online', value: 'online' },
  { label: 'Via doorverwijzing', value: 'via_doorverwijzing' },
]

export const kostprijsTypes: SelectOption[] = [
  { label: 'Gratis', value: 'gratis' },
  { label: 'Betalend', value: 'betalend' },
  { label: 'Terugbetaald door ziekenfonds', value: 'terugbetaald_ziekenfonds' },
  { label: 'Inkomensgerelateerd', value: 'inkomensgerelateerd' },
  { label: 'Op aanvraag', value: 'op_aanvraag' },
]

export const ficheStatussen: SelectOption[] = [
  { label: 'Actief', value: 'actief' },
  { label: 'Stopgezet', value: 'stopgezet' },
  { label: 'In aanvraag', value: 'in_aanvraag' },
]

export const DOELPUBLIEKEN = [
  { label: 'Burger', value: 'burger' },
  { label: 'Zorgverlener', value: 'zorgverlener' },
  { label: 'Fichebeheerder', value: 'fichebeheerder' },
  { label: 'Hergebruik van gegevens', value: 'hergebruik' },
]

export const AUTHENTIEKE_BRONNEN = [
  { label: 'KBO (Kruispuntbank van Ondernemingen)', value: 'kbo' },
  { label: 'RIZIV / CoBRHA', value: 'riziv' },
  { label: 'BeST-adresregister', value: 'best' },
  { label: 'Erkennende overheid', value: 'erkenning' },
]

/** The label for a stored value, for display; the value itself when it is not (or no longer) in the list. */
export function labelFor(opties: readonly SelectOption[], value: string): string {
  return opties.find((o) => o.value === value)?.label ?? value
}
