import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { hasRole } from '@/accounts/roles'
import { publicPath } from '@/content/preview-url'

const pagina = (
  status: number,
  titel: string,
  tekst: string,
  link?: { href: string; label: string },
) =>
  new Response(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${titel} · Sociale Kaart</title></head><body><main><h1>${titel}</h1><p>${tekst}</p>${link ? `<p><a href="${link.href}">${link.label}</a></p>` : ''}</main></body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )

/**
 * The admin's preview and live preview open a handleiding or FAQ item here. Only a logged-in
 * redacteur or admin gets Next's draft mode and is sent on to the public page, which then shows the
 * latest draft; everyone else is refused and gets no draft cookie.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const collectie = params.get('collectie')
  if (collectie !== 'handleidingen' && collectie !== 'faq') {
    return pagina(
      400,
      'Ongeldig voorbeeld',
      'De parameter "collectie" moet "handleidingen" of "faq" zijn.',
    )
  }
  const slug = params.get('slug')?.trim() ?? ''
  const id = params.get('id')?.trim() ?? ''
  if (collectie === 'handleidingen' && !/^[a-z0-9-]{1,120}$/.test(slug)) {
    return pagina(
      400,
      'Ongeldig voorbeeld',
      'De parameter "slug" ontbreekt of is ongeldig. Bewaar de handleiding eerst met een titel.',
    )
  }
  if (collectie === 'faq' && id && !/^\d+$/.test(id)) {
    return pagina(400, 'Ongeldig voorbeeld', 'De parameter "id" moet een getal zijn.')
  }

  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    return pagina(
      401,
      'Aanmelden nodig',
      'Alleen de redactie kan een voorbeeld van een concept bekijken.',
      { href: '/admin/login', label: 'Aanmelden' },
    )
  }
  if (!hasRole(user, 'redacteur', 'admin')) {
    return pagina(
      403,
      'Geen toegang',
      'Alleen de redactie kan een voorbeeld van een concept bekijken.',
      { href: '/', label: 'Naar de startpagina' },
    )
  }

  ;(await draftMode()).enable()
  redirect(publicPath(collectie, { slug, id: id || null }) ?? '/')
}
