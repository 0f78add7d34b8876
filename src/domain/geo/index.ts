export { distanceKm, type Coordinaat } from './distance'
export {
  allMunicipalities,
  isMunicipalityInScope,
  municipalitiesInScope,
  municipalityByNis,
  type Gemeente,
  type GewestCode,
} from './gemeenten'
export { isKnownPostcode, lookupPostcode, type PostcodePlace } from './postcodes'
export { resolveAddressPlace, type AddressPlaceResult } from './resolve-adres'
export { vergelijkbareNaam } from './normalise-name'
