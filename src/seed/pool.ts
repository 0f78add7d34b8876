/**
 * Runs tasks with at most `limit` in flight, pulling them lazily from an iterable (so a generator of
 * 200,000 fiches is never materialised). The first failure stops new tasks; the ones in flight finish,
 * then the failure is thrown.
 */
export async function runPool<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const inFlight = new Set<Promise<void>>()
  let failure: { error: unknown } | null = null
  for (const item of items) {
    if (failure) break
    const p: Promise<void> = task(item).then(
      () => void inFlight.delete(p),
      (error) => {
        inFlight.delete(p)
        failure ??= { error }
      },
    )
    inFlight.add(p)
    if (inFlight.size >= limit) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  if (failure) throw (failure as { error: unknown }).error
}
