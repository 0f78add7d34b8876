// Dutch writes compounds as one word: 'woonzorgcentrum', 'kinesitherapeut', 'thuisverpleging'. A
// searcher typing the head ('zorgcentrum', 'therapeut', 'verpleging') should find them. No Dutch
// decompounding dictionary is available here, so every tail of a long word long enough to be a word
// itself is indexed as a part, in its own low weight: a stray tail ('heid') costs nothing, because it
// only matters when someone searches for exactly that, while a missed head loses real results.
import { tokenise } from './normalise'
import { singularForms } from './plurals'

/** A tail starts after at least this many letters (so 'arts' in 'huisarts', not 'sarts' of 'sarts'). */
const MIN_HEAD = 3
/** And is at least this long: 'arts', 'zorg', 'kind' are real heads. */
const MIN_TAIL = 4
/** Words shorter than this are not treated as compounds. */
const MIN_WORD = MIN_HEAD + MIN_TAIL

/** The tails of one normalised word, longest first, without the word itself. */
export function compoundTails(word: string): string[] {
  if (word.length < MIN_WORD || !/^[a-z]+$/.test(word)) return []
  const tails: string[] = []
  for (let start = MIN_HEAD; start <= word.length - MIN_TAIL; start++) tails.push(word.slice(start))
  return tails
}

const tailCache = new Map<string, string[]>()

/** The compound parts of texts, for SearchDocument.compoundDelen: tails of every word and its singulars. */
export function compoundParts(...texts: string[]): string[] {
  const words = new Set(texts.flatMap((text) => tokenise(text)).flatMap(singularForms))
  const parts = new Set<string>()
  for (const word of words) {
    let tails = tailCache.get(word)
    if (!tails) {
      tails = compoundTails(word)
      if (tailCache.size >= 50_000) tailCache.clear()
      tailCache.set(word, tails)
    }
    for (const tail of tails) if (!words.has(tail)) parts.add(tail)
  }
  return [...parts]
}
