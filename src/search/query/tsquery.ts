// Renders an analysed query as the text argument of PostgreSQL's to_tsquery('simple', $1).
// The result is meant to be passed as a bound parameter; on top of that it is safe by construction:
// only lexemes matching [a-z0-9]+ survive, and every operator in it was written here, so a quote, a
// backslash or tsquery syntax typed by a user can never reach to_tsquery as anything but dropped text.
import type { AnalysedQuery } from './analyse'

export type TsQueryOptions = {
  /** Add ':*' to every variant of the last token when it is still being typed (search-as-you-type). */
  prefix: boolean
  /**
   * Restrict prefix matches to these weights ('ABC'): a word being typed should complete real words,
   * not the compound tails indexed under weight D ('ent' is not meant to find 'centrum').
   */
  prefixWeights?: string
}

const LEXEME = /^[a-z0-9]+$/

// One variant: a word, or a multi-word synonym as an AND of its words ("sociale dienst"). AND rather
// than the phrase operator <->, because whether stop words keep their positions depends on how the
// adapter indexes; the prefix marker goes on the last word, the one being typed.
function renderVariant(variant: string, prefix: boolean, weights = ''): string {
  const words = variant.split(' ').filter((word) => LEXEME.test(word))
  if (words.length === 0) return ''
  const rendered = words.map((word, index) => (prefix && index === words.length - 1 ? `${word}:*${weights}` : word))
  return rendered.length === 1 ? (rendered[0] ?? '') : `(${rendered.join(' & ')})`
}

/**
 * 'huisartsen in Gent' -> "(huisartsen | huisarts | dokter | ...) & gent"; '' when nothing searchable
 * is left (empty or stop words only), in which case the caller lists without a text condition.
 */
export function toTsQuery(analysed: AnalysedQuery, options: TsQueryOptions): string {
  const groups: string[] = []
  for (const token of analysed.tokens) {
    const prefix = options.prefix && token.prefix
    const variants = [...new Set(token.variants.map((variant) => renderVariant(variant, prefix, options.prefixWeights?.replace(/[^A-D]/g, ''))))].filter(Boolean)
    if (variants.length === 0) continue
    groups.push(variants.length === 1 ? (variants[0] ?? '') : `(${variants.join(' | ')})`)
  }
  return groups.join(' & ')
}
