// The query-analysis layer shared by the PostgreSQL and Typesense search adapters.
export { analyseQuery, type AnalysedQuery, type AnalysedToken } from './analyse'
export { COMPOUND_MARKER, documentLexemes, documentLexemesOf } from './document'
export { normaliseTerm } from './normalise'
export { singularForms } from './plurals'
export { synonymKey, typesenseSynonyms } from './synonyms'
export { toTsQuery } from './tsquery'
