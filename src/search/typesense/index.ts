// The Typesense adapter of the SearchEngine port. Only src/search/ should import this.
export { createTypesenseEngine, type TypesenseEngineOptions } from './adapter'
export {
  fromTypesenseDocument,
  searchText,
  slotsOf,
  toJsonl,
  toTypesenseDocument,
  type TypesenseDocument,
} from './document'
export {
  openNowFilter,
  queryWords,
  searchPlan,
  sortBy,
  suggestParams,
  type TypesenseSearchParams,
  type TypesenseSearchPlan,
} from './query'
export { collectionSchema, FACET_FIELDS, SLOT_MINUTES, TEXT_FIELDS } from './schema'
export { collectionSynonyms, type CollectionSynonym } from './synonyms'
