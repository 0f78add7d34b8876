// Sitemaps of every active fiche, split per type into files of SITEMAP_SIZE addresses (the protocol
// allows 50,000; smaller files are quicker to make and to fetch). Read with plain SQL: a sitemap of
// 200,000 fiches through the Local API would take seconds per file.
import { FICHE_COLLECTION, type FicheSoort, ficheUrl } from '@/domain/fiche-url'
import type { Queryable } from '@/search/source/queryable'

export const SITEMAP_SIZE = 10_000
export const SITEMAP_SOORTEN: readonly FicheSoort[] = [
  'organisatie',
  'praktijk',
  'zorgverlener',
  'aanbod',
]

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function ficheSoortOfPath(pad: string): FicheSoort | null {
  return SITEMAP_SOORTEN.find((soort) => FICHE_COLLECTION[soort] === pad) ?? null
}

/** The sitemap index: the static pages' sitemap is not needed, they are few and linked from home. */
export async function sitemapIndex(db: Queryable, base: string): Promise<string> {
  const parts: string[] = []
  for (const soort of SITEMAP_SOORTEN) {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${FICHE_COLLECTION[soort]} WHERE status = 'actief'`,
    )
    const pages = Math.ceil(Number(rows[0]?.n ?? 0) / SITEMAP_SIZE)
    for (let page = 1; page <= pages; page++)
      parts.push(
        `<sitemap><loc>${escapeXml(`${base}/sitemaps/${FICHE_COLLECTION[soort]}/${page}.xml`)}</loc></sitemap>`,
      )
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${parts.join('')}</sitemapindex>\n`
}

/** One file of fiche addresses, by id, with the last change as lastmod. */
export async function sitemapPage(
  db: Queryable,
  base: string,
  soort: FicheSoort,
  page: number,
): Promise<string | null> {
  const { rows } = await db.query<{ id: number; naam: string; updated_at: Date }>(
    `SELECT id, naam, updated_at FROM ${FICHE_COLLECTION[soort]} WHERE status = 'actief' ORDER BY id LIMIT $1 OFFSET $2`,
    [SITEMAP_SIZE, (page - 1) * SITEMAP_SIZE],
  )
  if (rows.length === 0) return null
  const urls = rows.map(
    (r) =>
      `<url><loc>${escapeXml(base + ficheUrl(soort, Number(r.id), r.naam))}</loc><lastmod>${new Date(r.updated_at).toISOString()}</lastmod></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`
}
