import { lowerAscii } from './ascii'

const MAX_LENGTE = 80

/**
 * A URL-safe slug: lowercase ASCII, accents dropped ('Diëtist' -> 'dietist'), '&' read as 'en',
 * everything else a single '-'. Cut at a word boundary so the URL never ends in half a word.
 */
export function slugify(text: string): string {
  const slug = lowerAscii(text)
    .replace(/&/g, ' en ')
    .replace(/['’`]/g, '') // "kind's" -> "kinds", not "kind-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_LENGTE) return slug
  const afgekapt = slug.slice(0, MAX_LENGTE + 1)
  const laatsteGrens = afgekapt.lastIndexOf('-')
  // One word longer than the limit has no boundary to cut at.
  return laatsteGrens > 0 ? afgekapt.slice(0, laatsteGrens) : slug.slice(0, MAX_LENGTE)
}

/**
 * URL segment of a fiche: readable name plus the id, e.g. 'wijkgezondheidscentrum-de-kaai-42'.
 * The id decides which fiche is shown, so a renamed fiche keeps working under its old link.
 */
export function ficheUrlSegment(naam: string, id: number | string): string {
  const slug = slugify(naam)
  return slug === '' ? String(id) : `${slug}-${id}`
}

/** Reads the id back from a fiche URL segment; null when the segment does not end in a number. */
export function parseFicheUrlSegment(segment: string): { slug: string; id: number } | null {
  const match = /^(?:(.*)-)?(\d+)$/.exec(segment.trim())
  if (!match) return null
  const id = Number(match[2])
  if (!Number.isSafeInteger(id)) return null
  return { slug: match[1] ?? '', id }
}
