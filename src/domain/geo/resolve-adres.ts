import { comparableName } from './normalise-name'
import { lookupPostcode, type PostcodePlace } from './postcodes'

export type AdresPlaceResult = { ok: true; plaats: PostcodePlace } | { ok: false; reason: string }

/**
 * Checks that the postcode exists and that the typed place belongs to it, and returns the place with
 * its municipality and coordinates. The name may be the deelgemeente ('Borgerhout'), the
 * municipality ('Antwerpen') or, for bilingual Brussels, the French name ('Ixelles').
 */
export function resolveAdresPlace(postcode: string, gemeente?: string): AdresPlaceResult {
  const pc = postcode.trim()
  if (!/^\d{4}$/.test(pc)) {
    return {
      ok: false,
      reason: `postcode ${pc} is ongeldig: een Belgische postcode heeft 4 cijfers`,
    }
  }
  const plaatsen = lookupPostcode(pc)
  if (plaatsen.length === 0) return { ok: false, reason: `onbekende postcode ${pc}` }

  const gezocht = gemeente ? comparableName(gemeente) : ''
  if (gezocht === '') return { ok: true, plaats: plaatsen[0] }

  const opPlaatsnaam = plaatsen.find((p) => comparableName(p.plaatsnaam) === gezocht)
  if (opPlaatsnaam) return { ok: true, plaats: opPlaatsnaam }

  // Typing the municipality instead of the deelgemeente is common; lookupPostcode lists the main
  // place first, so that one is chosen when the postcode serves several places of the municipality.
  const opGemeente = plaatsen.find(
    (p) =>
      comparableName(p.gemeenteNaam) === gezocht || comparableName(p.gemeenteNaamFr) === gezocht,
  )
  if (opGemeente) return { ok: true, plaats: opGemeente }

  const mogelijk = [...new Set(plaatsen.map((p) => p.plaatsnaam))].join(', ')
  return {
    ok: false,
    reason: `gemeente ${gemeente!.trim()} hoort niet bij postcode ${pc} (wel: ${mogelijk})`,
  }
}
