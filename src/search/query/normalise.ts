// Text normalisation shared by the query side and (later) the indexing side of every search adapter.
// Both sides must fold text the same way, or 'Diëtist' in a fiche would never meet 'dietist' in a query.

import { lowerAscii } from '@/domain/ascii'

/**
 * Dutch function words that carry no meaning for finding a provider ("een huisarts in de buurt van Gent").
 * Kept short on purpose: words like 'thuis', 'zorg' or 'huis' look common but are what people search for.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'van',
  'voor',
  'in',
  'op',
  'en',
  'met',
  'bij',
  'te',
  'ten',
  'ter',
  'aan',
  'of',
  'naar',
  'om',
  'uit',
  'door',
  'over',
  'tot',
  'tegen',
  'onder',
  'na',
  'als',
  'dat',
  'die',
  'dit',
  'deze',
  'der',
  'des',
  'er',
  'is',
  'zijn',
  'ik',
  'je',
  'jij',
  'u',
  'mijn',
  'uw',
  'wij',
  'we',
  'ze',
  'zij',
  'hij',
  'wat',
  'waar',
  'wie',
  'hoe',
  'welke',
  'ook',
  'nog',
  'maar',
  'dan',
  'zo',
  'heb',
  'heeft',
  'hebben',
  'kan',
  'kunnen',
  'wil',
  'wordt',
  'worden',
  'zoek',
  'zoeken',
  'mij',
  'me',
  'graag',
])

/**
 * Lowercase ASCII text: accents dropped (NFD: 'diëtist' -> 'dietist'), apostrophes removed so that
 * "baby's" stays one word ('babys', which plurals.ts folds to 'baby'), every other non letter/digit
 * (hyphens included: 'Sint-Niklaas' -> 'sint niklaas') a single space, no space at the ends.
 */
export function normaliseTerm(text: string): string {
  return lowerAscii(text)
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * The forms under which a possibly hyphenated term can be found: the whole term with its parts as
 * one phrase, then each part alone ('Sint-Niklaas' -> ['sint niklaas', 'sint', 'niklaas']), because a
 * fiche may write the place either way and PostgreSQL's parser also indexes the parts separately.
 */
export function termForms(text: string): string[] {
  const phrase = normaliseTerm(text)
  if (phrase === '') return []
  const parts = phrase.split(' ')
  return parts.length === 1 ? [phrase] : [phrase, ...new Set(parts)]
}

/**
 * The words of a query or text that matter for search: normalised, hyphenated words split into
 * their parts, Dutch stop words dropped, repeats removed (a repeated word narrows nothing).
 */
export function tokenise(query: string): string[] {
  const tokens: string[] = []
  for (const word of normaliseTerm(query).split(' ')) {
    if (word === '' || STOP_WORDS.has(word) || tokens.includes(word)) continue
    tokens.push(word)
  }
  return tokens
}
