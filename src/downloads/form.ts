// The "download these results" form of the search page. The work is loaded on first use: it
// brings the file writers and the search engine, which the other forms do not need.
import type { Fields, FormActions } from '@/forms/action'

/** Back to the same results: a logged-out visitor logs in first and returns there to ask again. */
const zoekpagina = (fields: Fields) =>
  `/zoeken${typeof fields.zoekopdracht === 'string' && fields.zoekopdracht ? `?${fields.zoekopdracht.replace(/^\?/, '')}` : ''}`

export const DOWNLOAD_ACTIONS = {
  download: {
    run: (ctx, fields) => import('./action').then((m) => m.requestSearchDownload(ctx, fields)),
    page: '/account',
    afterLogin: zoekpagina,
  },
} as const satisfies FormActions
