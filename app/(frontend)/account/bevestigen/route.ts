// The link in a confirmation mail (new account, or new e-mail address). A GET that changes state
// on purpose: opening the link from the mailbox is the proof asked for, and the token works once.
import config from '@payload-config'
import { getPayload } from 'payload'

import { confirmToken } from '@/accounts/actions'
import { encodeErrors } from '@/accounts/flash'
import { siteUrl } from '@/seo/site-url'

export async function GET(request: Request): Promise<Response> {
  const base = siteUrl(request)
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const payload = await getPayload({ config })
  const result = await confirmToken(
    { payload, headers: request.headers, siteBase: base, user: null },
    token,
  )
  const target = new URL(result.ok ? result.redirect : '/account/aanmelden', base)
  if (result.ok && result.notice) target.searchParams.set('melding', result.notice)
  if (!result.ok)
    for (const [key, value] of encodeErrors(result.errors)) target.searchParams.set(key, value)
  return new Response(null, {
    status: 303,
    headers: { Location: target.toString(), 'Cache-Control': 'no-store' },
  })
}
