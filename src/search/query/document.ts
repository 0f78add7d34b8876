// The document side of the same folding: what a fiche's text must be indexed as so that the query
// variants from analyseQuery() meet it. A query for 'rusthuis' widens to 'woonzorgcentrum'; a fiche
// saying 'woonzorgcentra' is only found if it is indexed with its singular 'woonzorgcentrum' too.
import type { AnalysedQuery } from './analyse'
import { tokenise } from './normalise'
import { singularForms } from './plurals'

/**
 * Lexemes to index for a text: its normalised words without stop words, each with its singulars.
 * The PostgreSQL adapter can store to_tsvector('simple', documentLexemes(text).join(' ')).
 */
/** How compound parts are stored in the PostgreSQL index (see TsQueryOptions.compoundMarker). */
export const COMPOUND_MARKER = '~'

export function documentLexemes(text: string): string[] {
  return [...new Set(tokenise(text).flatMap(singularForms))]
}

/**
 * Whether a text matches an analysed query, with the semantics toTsQuery() gives PostgreSQL: every
 * token needs one variant whose words all occur (the last one as a prefix when typing). A reference
 * for tests and for an in-memory adapter; not meant for searching many documents.
 */
export function matchesDocument(analysed: AnalysedQuery, text: string, options: { prefix: boolean }): boolean {
  const lexemes = documentLexemes(text)
  const has = (word: string, prefix: boolean) =>
    prefix ? lexemes.some((lexeme) => lexeme.startsWith(word)) : lexemes.includes(word)
  return analysed.tokens.every((token) =>
    token.variants.some((variant) => {
      const words = variant.split(' ')
      return words.every((word, index) => has(word, options.prefix && token.prefix && index === words.length - 1))
    }),
  )
}
