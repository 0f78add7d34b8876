// The shared synonym sets (src/search/query/data/synonyms.json) in the form the collection gets them.
import { synonymKey, typesenseSynonyms } from '@/search/query'
import type { SynonymCreateSchema } from 'typesense'

export type CollectionSynonym = { id: string } & SynonymCreateSchema

/**
 * typesenseSynonyms() with each term also in its folded form ('diëtist' -> 'dietist',
 * 'rust- en verzorgingstehuis' -> 'rust verzorgingstehuis'): queries reach Typesense folded by the
 * query analysis (query.ts), and Typesense only applies a synonym whose words match the query's.
 */
export function collectionSynonyms(): CollectionSynonym[] {
  return typesenseSynonyms().map((set) => {
    const synonyms = [...new Set([...set.synonyms, ...set.synonyms.map(synonymKey)])].filter(
      (term) => term !== '',
    )
    return 'root' in set
      ? { id: set.id, root: synonymKey(set.root), synonyms, locale: 'nl' }
      : { id: set.id, synonyms, locale: 'nl' }
  })
}
