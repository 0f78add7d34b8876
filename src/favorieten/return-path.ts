/** Only a path on this site ("/zoeken?q=x"), never "//elders.be", "/\\elders.be" or "https://...": where a form may send the user back to. */
export function safeReturnPath(value: unknown, standaard = '/account'): string {
  if (
    typeof value !== 'string' ||
    value.length > 2500 ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return standaard
  try {
    const url = new URL(value, 'http://sociale-kaart.invalid')
    return url.origin === 'http://sociale-kaart.invalid' ? url.pathname + url.search : standaard
  } catch {
    return standaard
  }
}
