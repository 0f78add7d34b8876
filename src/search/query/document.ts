// The document side of the same folding: what a fiche's text must be indexed as so that the query
// variants from analyseQuery() meet it. A query for 'rusthuis' widens to 'woonzorgcentrum'; a fiche
// saying 'woonzorgcentra' is only found if it is indexed with its singular 'woonzorgcentrum' too.
import type { AnalysedQuery } from './analyse'
import { tokenise } from './normalise'
import { singularForms } from './plurals'

/** How compound parts are stored in the PostgreSQL index (see TsQueryOptions.compoundMarker). */
export const COMPOUND_MARKER = '~'

// Names of rubrieken, professions, doelgroepen and municipalities recur in thousands of fiches; a
// reindex folds each of them once. Long texts (descriptions) are unique and not kept.
const SHORT_TEXT = 120
const MAX_CACHED = 50_000
const cache = new Map<string, string[]>()

/** Lexemes to index for a text: its normalised words without stop words, each with its singulars. */
export function documentLexemes(text: string): string[] {
  const short = text.length <= SHORT_TEXT
  const cached = short ? cache.get(text) : undefined
  if (cached) return cached
  const lexemes = [...new Set(tokenise(text).flatMap(singularForms))]
  if (short) {
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(text, lexemes)
  }
  return lexemes
}

/** The lexemes of several texts together, each text folded (and cached) on its own. */
export function documentLexemesOf(texts: readonly (string | null | undefined)[]): string[] {
  const all = new Set<string>()
  for (const text of texts) if (text) for (const lexeme of documentLexemes(text)) all.add(lexeme)
  return [...all]
}

/**
 * Whether a text matches an analysed query, with the semantics toTsQuery() gives PostgreSQL: every
 * token needs one variant whose words all occur (the last one as a prefix when typing). A reference
 * for tests and for an in-memory adapter; not meant for searching many documents.
 */
export function matchesDocument(
  analysed: AnalysedQuery,
  text: string,
  options: { prefix: boolean },
): boolean {
  const lexemes = documentLexemes(text)
  const has = (word: string, prefix: boolean) =>
    prefix ? lexemes.some((lexeme) => lexeme.startsWith(word)) : lexemes.includes(word)
  return analysed.tokens.every((token) =>
    token.variants.some((variant) => {
      const words = variant.split(' ')
      return words.every((word, index) =>
        has(word, options.prefix && token.prefix && index === words.length - 1),
      )
    }),
  )
}
