// The query-analysis layer shared by the PostgreSQL and Typesense search adapters.
export { analyseQuery, type AnalysedQuery, type AnalysedToken } from './analyse'
export { COMPOUND_MARKER, documentLexemes, documentLexemesOf, matchesDocument } from './document'
export { normaliseTerm, STOP_WORDS, termForms, tokenise } from './normalise'
export { singularForms } from './plurals'
export {
  expandSynonyms,
  synonymKey,
  synonymSets,
  typesenseSynonyms,
  type SynonymSet,
  type TypesenseSynonym,
} from './synonyms'
export { toTsQuery, type TsQueryOptions } from './tsquery'
