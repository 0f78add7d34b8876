import { allGemeenten, type Gemeente } from './geo/gemeenten'

/** A management region: the editors of a region manage the fiches located in its municipalities. */
export type Regio = { code: string; naam: string; gemeenten: string[] }

type RegioDefinitie = { code: string; naam: string; hoort: (g: Gemeente) => boolean }

// The default split follows the provinces because that is how Flemish care and welfare networks are
// organised; Brussels has no province, so the region is one management region. An operator can
// redraw regions later; these are only the starting point.
const STANDAARDREGIOS: readonly RegioDefinitie[] = [
  { code: 'antwerpen', naam: 'Antwerpen', hoort: (g) => g.provincieIso === 'BE-VAN' },
  { code: 'oost-vlaanderen', naam: 'Oost-Vlaanderen', hoort: (g) => g.provincieIso === 'BE-VOV' },
  { code: 'west-vlaanderen', naam: 'West-Vlaanderen', hoort: (g) => g.provincieIso === 'BE-VWV' },
  { code: 'vlaams-brabant', naam: 'Vlaams-Brabant', hoort: (g) => g.provincieIso === 'BE-VBR' },
  { code: 'limburg', naam: 'Limburg', hoort: (g) => g.provincieIso === 'BE-VLI' },
  { code: 'brussel', naam: 'Brussel', hoort: (g) => g.gewestCode === 'BE-BRU' },
]

/** The five Flemish provinces and Brussels, each with the NIS codes of its municipalities (sorted). */
export function defaultRegios(): Regio[] {
  const gemeenten = allGemeenten()
  return STANDAARDREGIOS.map(({ code, naam, hoort }) => ({
    code,
    naam,
    gemeenten: gemeenten
      .filter(hoort)
      .map((g) => g.nis)
      .sort(),
  }))
}

/** Code of the default region a municipality belongs to, or null outside Flanders and Brussels. */
export function defaultRegioForGemeente(nis: string): string | null {
  const gemeente = allGemeenten().find((g) => g.nis === nis.trim())
  if (!gemeente) return null
  return STANDAARDREGIOS.find((r) => r.hoort(gemeente))?.code ?? null
}
