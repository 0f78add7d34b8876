export { distanceKm } from './distance'
export {
  allGemeenten,
  isGemeenteInScope,
  gemeentenInScope,
  gemeenteByNis,
  type Gemeente,
} from './gemeenten'
export { isKnownPostcode, lookupPostcode } from './postcodes'
export { resolveAdresPlace } from './resolve-adres'
export { comparableName } from './normalise-name'
