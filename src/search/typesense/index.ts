// The Typesense adapter of the SearchEngine port. Only src/search/ should import this.
export { createTypesenseEngine, type TypesenseEngineOptions } from './adapter'
