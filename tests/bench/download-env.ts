// Imported first: the download benchmark keeps its own embedded database between runs (seeding
// takes a while); `--fresh` empties it. Files go to a folder of their own.
process.env.EMBEDDED_PG_DIR = process.env.BENCH_PG_DIR ?? '.data/postgres-bench-download'
process.env.EMBEDDED_PG_PORT = process.env.BENCH_PG_PORT ?? '54423'
process.env.EMBEDDED_PG_DATABASE = 'sociale_kaart_bench_download'
process.env.EMBEDDED_PG_FRESH = process.argv.includes('--fresh') ? 'true' : 'false'
process.env.SEARCH_WORKER = 'off'
process.env.DOWNLOAD_WORKER = 'off'
process.env.MAIL_WORKER = 'off'
// Every search reaches the engine: the figures are the engine's, not the result cache's.
process.env.SEARCH_CACHE = 'off'
process.env.DOWNLOADS_DIR ??= '.data/downloads-bench'

export {}
