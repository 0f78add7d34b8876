// Renders an analysed query as tsquery text: for to_tsquery('simple', $1), or with a compound marker
// for a $1::tsquery cast. The result is meant to be passed as a bound parameter; on top of that it is
// safe by construction: only lexemes matching [a-z0-9]+ survive, the only quotes are the ones written
// here around them, and every operator was written here, so a quote, a backslash or tsquery syntax
// typed by a user can never reach PostgreSQL as anything but dropped text.
import type { AnalysedQuery } from './analyse'

export type TsQueryOptions = {
  /** Add ':*' to every variant of the last token when it is still being typed (search-as-you-type). */
  prefix: boolean
  /**
   * Restrict prefix matches to these weights ('ABC'): a word being typed should complete real words,
   * not the compound tails indexed under weight D ('ent' is not meant to find 'centrum').
   */
  prefixWeights?: string
  /**
   * Marker of compound parts in the index ('~' stores the tail 'zorgcentrum' of 'woonzorgcentrum' as
   * '~zorgcentrum'). When set, each token's own forms (not its synonyms) also match compound parts:
   * 'zorgcentrum' finds woonzorgcentra, but the synonym 'arts' of 'huisarts' does not find every
   * tandarts. The same own forms, when long enough, also match as the start of a compound:
   * 'tandarts' finds 'tandartsenpraktijk'. The result then quotes lexemes and must be cast with
   * ::tsquery, not to_tsquery.
   */
  compoundMarker?: string
}

// A compound tail is only completed while typing once it is long enough to mean something.
const MIN_TAIL_PREFIX = 4
// A word starts compounds only when it is long enough not to be the start of unrelated words
// ('gent' starts 'gentiaan'; 'tandarts' starts only what is about tandartsen).
const MIN_HEAD = 6

const LEXEME = /^[a-z0-9]+$/

// One variant: a word, or a multi-word synonym as an AND of its words ("sociale dienst"). AND rather
// than the phrase operator <->, because whether stop words keep their positions depends on how the
// adapter indexes; the prefix marker goes on the last word, the one being typed.
function renderVariant(variant: string, prefix: boolean, weights = ''): string {
  const words = variant.split(' ').filter((word) => LEXEME.test(word))
  if (words.length === 0) return ''
  const rendered = words.map((word, index) =>
    prefix && index === words.length - 1 ? `${word}:*${weights}` : word,
  )
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
    const rendered = token.variants.map((variant) =>
      renderVariant(variant, prefix, options.prefixWeights?.replace(/[^A-D]/g, '')),
    )
    if (options.compoundMarker !== undefined) {
      const marker = options.compoundMarker.replace(/[^~_]/g, '')
      for (const form of token.forms) {
        if (!LEXEME.test(form)) continue
        const tail = `'${marker}${form}'`
        rendered.push(prefix && form.length >= MIN_TAIL_PREFIX ? `${tail}:*` : prefix ? '' : tail)
        if (form.length >= MIN_HEAD) rendered.push(`${form}:*`)
      }
    }
    const variants = [...new Set(rendered)].filter(Boolean)
    if (variants.length === 0) continue
    groups.push(variants.length === 1 ? (variants[0] ?? '') : `(${variants.join(' | ')})`)
  }
  return groups.join(' & ')
}
