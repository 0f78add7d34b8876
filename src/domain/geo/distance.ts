export type Coordinate = { lat: number; lon: number }

const AARDSTRAAL_KM = 6371.0088

/** Great-circle (haversine) distance; accurate to well under 1% at the scale of Belgium. */
export function distanceKm(a: Coordinate, b: Coordinate): number {
  const rad = (graden: number) => (graden * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}
