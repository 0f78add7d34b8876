export { distanceKm, type Coordinate } from './distance'
export {
  allGemeenten,
  isGemeenteInScope,
  gemeentenInScope,
  gemeenteByNis,
  type Gemeente,
  type GewestCode,
} from './gemeenten'
export { isKnownPostcode, lookupPostcode, type PostcodePlace } from './postcodes'
export { resolveAdresPlace, type AdresPlaceResult } from './resolve-adres'
export { comparableName } from './normalise-name'
