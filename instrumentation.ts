// Next.js calls register() once when a server process starts: the place to start the background
// workers (src/queue: mail, downloads, search sync) and Payload's jobs queue, so that they run
// wherever the site runs and in no script or build. Which process runs what: README, "Background work".
export async function register(): Promise<void> {
  // NEXT_RUNTIME stays a literal (not src/config): by it the bundler drops Node-only imports from the edge build.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // A wrong configuration stops the server here, with every missing or invalid variable named (src/config).
  if ((await import('@/config')).checkConfigAtStartup().mode.building) return
  await startMailWorkerBlock()
  // The jobs queue publishes handleidingen and FAQ at their scheduled time.
  await (await import('@/content/jobs')).startJobQueue()
  const { searchWorkerEnabled, startSearchWorker } = await import('@/search/sync/runner')
  if (!searchWorkerEnabled()) return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  startSearchWorker(payload)
  // A server started without `npm start` (or after a restore) may find fiches but no index: build it
  // in the background; searches answer from the empty index meanwhile.
  const { ensureSearchIndex } = await import('@/search/sync/initial')
  ensureSearchIndex(payload).catch((error) =>
    payload.logger.error({ err: error }, 'Zoekindex: opbouwen bij het starten mislukt'),
  )
}

// --- Mail worker (src/mail): sends what the 'mail' queue holds, with retries; MAIL_WORKER=off disables it.
// Kept apart from the search block above so either can change without touching the other.
async function startMailWorkerBlock(): Promise<void> {
  // Repeated here on purpose: the bundler drops the imports below from the edge build only when
  // this check sits in the same function.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { mailWorkerEnabled, startMailWorker } = await import('@/mail/runner')
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  if (mailWorkerEnabled())
    await startMailWorker(payload).catch((error) =>
      payload.logger.error({ err: error }, 'Mail: de verzendwachtrij kon niet starten'),
    )
  // Downloads (src/downloads): files made in the background, announced through the mail queue.
  const { downloadWorkerEnabled, startDownloadWorker } = await import('@/downloads/runner')
  if (downloadWorkerEnabled()) startDownloadWorker(payload)
}
