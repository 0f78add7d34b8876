// Synonym sets shared by both search adapters: PostgreSQL expands the query with expandSynonyms(),
// Typesense gets the same sets through its synonym API (typesenseSynonyms()), so both find the same.
import data from './data/synonyms.json' with { type: 'json' }

import { tokenise } from './normalise'

/** One set as stored in data/synonyms.json (see data/PROVENANCE.md). */
export type SynonymSet =
  { type: 'multi'; terms: string[] } | { type: 'one-way'; root: string; terms: string[] }

/** Typesense's synonym object: multi-way without `root`, one-way with it. */
export type TypesenseSynonym =
  { id: string; synonyms: string[] } | { id: string; root: string; synonyms: string[] }

/** The proposed sets from the shared vocabulary, then the sets added for the demo. */
export const synonymSets: readonly SynonymSet[] = [
  ...data.proposed,
  ...data.demo_additions,
] as SynonymSet[]

/**
 * The form under which a term is compared: normalised and without stop words, as the query itself is
 * ('Rust- en verzorgingstehuis' -> 'rust verzorgingstehuis'), so multi-word terms meet query tokens.
 */
export function synonymKey(term: string): string {
  return tokenise(term).join(' ')
}

// term key -> the keys it widens to. Multi-way: every term to all of its set; one-way: only the root.
const expansions = new Map<string, Set<string>>()
function addExpansion(from: string, to: readonly string[]): void {
  const set = expansions.get(from) ?? new Set<string>()
  for (const term of to) if (term !== '') set.add(term)
  expansions.set(from, set)
}
for (const set of synonymSets) {
  const terms = set.terms.map(synonymKey)
  if (set.type === 'multi') for (const term of terms) addExpansion(term, terms)
  else addExpansion(synonymKey(set.root), terms)
}

/**
 * The token (or phrase) plus its synonyms, all normalised, token first, no repeats.
 * 'dokter' -> ['dokter', 'huisarts', 'arts', ...]; 'thuiszorg' -> ['thuiszorg', 'gezinszorg', ...]
 * but 'gezinszorg' -> ['gezinszorg'] (one-way). Multi-word synonyms come back as space-separated words.
 */
export function expandSynonyms(token: string): string[] {
  const key = synonymKey(token)
  if (key === '') return []
  return [...new Set([key, ...(expansions.get(key) ?? [])])]
}

/** Multi-word synonym terms as word lists, longest first, so analyseQuery can spot "sociale dienst". */
export const synonymPhrases: readonly (readonly string[])[] = [...expansions.keys()]
  .filter((key) => key.includes(' '))
  .map((key) => key.split(' '))
  .sort((a, b) => b.length - a.length)

/**
 * The sets in the shape of Typesense's synonym API, for the later adapter. Terms are only lowercased
 * and trimmed, not accent-folded: Typesense does its own normalisation per field locale, and a set
 * keeps both 'diëtist' and 'dietist' so either spelling in the index is covered.
 */
export function typesenseSynonyms(): TypesenseSynonym[] {
  const clean = (terms: readonly string[]) => [
    ...new Set(terms.map((term) => term.trim().toLowerCase())),
  ]
  return synonymSets.map((set, index) => {
    const label = synonymKey(set.type === 'multi' ? (set.terms[0] ?? '') : set.root).replace(
      / /g,
      '-',
    )
    const id = `${set.type === 'multi' ? 'multi' : 'oneway'}-${String(index + 1).padStart(2, '0')}-${label}`
    return set.type === 'multi'
      ? { id, synonyms: clean(set.terms) }
      : { id, root: set.root.trim().toLowerCase(), synonyms: clean(set.terms) }
  })
}
