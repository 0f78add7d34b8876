// GET /api/plaatsen: the municipality names the "Waar?" box suggests, as one static JSON list.
// Built once at build time and cached by browsers for a day: the search form fetches it when the
// box is first used, instead of every search page carrying 300 names (a sixth of the page).
import { placeSuggestions } from '@/search/location'

export const dynamic = 'force-static'

export function GET(): Response {
  return Response.json(placeSuggestions(), {
    headers: { 'Cache-Control': 'public, max-age=86400' },
  })
}
