/** Seconds to wait after the `attempts`-th failed run: base, 2 x base, 4 x base, ... at most cap. */
export function retryDelaySeconds(
  attempts: number,
  backoff: { baseSeconds: number; capSeconds: number },
): number {
  const exponent = Math.max(0, attempts - 1)
  // 2^31 and up is far past any cap: no need to compute it.
  if (exponent > 30) return backoff.capSeconds
  return Math.min(backoff.baseSeconds * 2 ** exponent, backoff.capSeconds)
}
