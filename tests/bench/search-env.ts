// Imported first: the search benchmark keeps its own embedded database between runs (seeding 200k
// fiches takes minutes); `--fresh` empties it.
process.env.EMBEDDED_PG_DIR = process.env.BENCH_PG_DIR ?? '.data/postgres-bench-search'
process.env.EMBEDDED_PG_PORT = process.env.BENCH_PG_PORT ?? '54389'
process.env.EMBEDDED_PG_DATABASE = 'sociale_kaart_bench_search'
process.env.EMBEDDED_PG_FRESH = process.argv.includes('--fresh') ? 'true' : 'false'
process.env.SEARCH_WORKER = 'off'

export {}
