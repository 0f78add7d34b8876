// Where a link in a handleiding or FAQ answer points. Pure, so it is tested without rendering.

type Doc = { relationTo?: string; value?: unknown }
export type LinkFields = {
  linkType?: 'custom' | 'internal'
  url?: string | null
  doc?: Doc | null
  newTab?: boolean | null
}

const VEILIG = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i

/**
 * The href of a link node, or null when there is nothing safe to link to: an internal link whose
 * target the visitor may not see (a draft, a deleted page) and any address other than web, mail,
 * phone or a path on this site (no `javascript:`).
 */
export function contentHref(velden: LinkFields): string | null {
  if (velden.linkType === 'internal') {
    const { relationTo, value } = velden.doc ?? {}
    const doc =
      typeof value === 'object' && value
        ? (value as { id?: number | string; slug?: string | null })
        : null
    if (relationTo === 'handleidingen')
      return doc?.slug ? `/handleidingen/${encodeURIComponent(doc.slug)}` : null
    if (relationTo === 'faq') return doc?.id != null ? `/faq#vraag-${doc.id}` : null
    return null
  }
  const url = velden.url?.trim() ?? ''
  return VEILIG.test(url) ? url : null
}
