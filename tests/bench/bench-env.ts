// Imported first: benchmarks get their own embedded database, emptied every run.
process.env.EMBEDDED_PG_DIR = process.env.BENCH_PG_DIR ?? '.data/postgres-bench'
process.env.EMBEDDED_PG_PORT = process.env.BENCH_PG_PORT ?? '54379'
process.env.EMBEDDED_PG_DATABASE = 'sociale_kaart_bench'
process.env.EMBEDDED_PG_FRESH = 'true'

export {}
