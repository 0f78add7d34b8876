/**
 * Turns a video link that a redacteur pastes into an address that may be embedded. Only YouTube and
 * Vimeo are embedded, through their privacy-friendly players (no cookies until the visitor plays);
 * any other address is shown as a plain link, since an unknown site in an iframe is a risk.
 */
export type VideoEmbed = { aanbieder: 'youtube' | 'vimeo'; embedUrl: string }

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www\.|m\.)/, '')
  if (host === 'youtu.be') return url.pathname.slice(1).split('/')[0] ?? null
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return null
  if (url.pathname === '/watch') return url.searchParams.get('v')
  const [, soort, id] = url.pathname.split('/')
  return soort === 'embed' || soort === 'shorts' || soort === 'live' ? (id ?? null) : null
}

function vimeoId(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '')
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return null
  const id = url.pathname
    .split('/')
    .filter(Boolean)
    .find((deel) => /^\d+$/.test(deel))
  return id ?? null
}

/** The embeddable address of a YouTube or Vimeo link; null for anything else. */
export function videoEmbed(adres: string): VideoEmbed | null {
  let url: URL
  try {
    url = new URL(adres.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const yt = youtubeId(url)
  if (yt && YOUTUBE_ID.test(yt))
    return { aanbieder: 'youtube', embedUrl: `https://www.youtube-nocookie.com/embed/${yt}` }
  const vimeo = vimeoId(url)
  if (vimeo)
    return { aanbieder: 'vimeo', embedUrl: `https://player.vimeo.com/video/${vimeo}?dnt=1` }
  return null
}

/** A link a visitor can follow: only http(s), so no `javascript:` address reaches the page. */
export function isWebAddress(adres: string): boolean {
  try {
    const url = new URL(adres.trim())
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
