// The mark a stopped fiche's page carries in its HTML, for the page cache to serve it as 410 Gone.
// cache-handler.mjs (plain JavaScript, loaded by Next itself) repeats this text; a unit test checks
// that both agree and that the rendered page carries it.
export const STOPPED_FICHE_MARKER = { attribuut: 'data-http-status', waarde: '410' } as const

export const STOPPED_FICHE_HTML = `${STOPPED_FICHE_MARKER.attribuut}="${STOPPED_FICHE_MARKER.waarde}"`
