// Turns what a user typed into the words to search for and, per word, the forms that count as a
// match. Pure and adapter-neutral: the PostgreSQL adapter renders it with toTsQuery(), the Typesense
// adapter can send the tokens and rely on its own synonym sets (typesenseSynonyms()).
import { normaliseTerm, tokenise } from './normalise'
import { singularForms } from './plurals'
import { expandSynonyms, synonymPhrases } from './synonyms'

export type AnalysedToken = {
  /** What the user typed for this token, normalised; several words when it is a known phrase. */
  token: string
  /** Forms that count as this token: the token first, then singulars and synonyms, normalised, no repeats. */
  variants: string[]
  /** The token and its singulars only (no synonyms): the forms that may also match part of a compound. */
  forms: string[]
  /** True for the last token while the user is still typing it (no space or punctuation after it yet). */
  prefix: boolean
}

export type AnalysedQuery = { raw: string; tokens: AnalysedToken[] }

// Synonyms of the token and of each of its singulars: 'rusthuizen' -> 'rusthuis' -> 'woonzorgcentrum'.
function variantsOf(forms: readonly string[]): string[] {
  return [...new Set([...forms, ...forms.flatMap(expandSynonyms)])]
}

// The longest known multi-word synonym ("sociale dienst") starting at words[start], if any.
function phraseAt(words: readonly string[], start: number): readonly string[] | null {
  for (const phrase of synonymPhrases) {
    if (start + phrase.length > words.length) continue
    if (phrase.every((word, offset) => singularForms(words[start + offset] ?? '').includes(word)))
      return phrase
  }
  return null
}

/**
 * The query as tokens with their variants: AND between tokens, OR within a token's variants.
 * Stop words are dropped; an empty or stop-word-only query gives no tokens (the caller then browses).
 */
export function analyseQuery(text: string): AnalysedQuery {
  const words = tokenise(text)
  const allWords = normaliseTerm(text).split(' ')
  // Still typing the last word: the text ends in a letter or digit and that word was not a stop word.
  const typing = /[\p{L}\p{N}]$/u.test(text) && allWords.at(-1) === words.at(-1)

  const tokens: AnalysedToken[] = []
  for (let index = 0; index < words.length;) {
    const phrase = phraseAt(words, index)
    const length = phrase?.length ?? 1
    const typed = words.slice(index, index + length)
    const token = typed.join(' ')
    const forms = phrase ? [token] : singularForms(typed[0] ?? '')
    const variants = phrase ? variantsOf([token, phrase.join(' ')]) : variantsOf(forms)
    index += length
    tokens.push({ token, variants, forms, prefix: typing && index === words.length })
  }
  return { raw: text, tokens }
}
