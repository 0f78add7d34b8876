'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Shown above a page in preview. When the page sits in the admin's live preview, the admin posts a
 * 'payload-document-event' message after each save; the page then re-renders on the server with the
 * saved draft (what @payloadcms/live-preview-react's RefreshRouteOnSave does, without that package).
 */
export function PreviewBar({ terug }: { terug: string }) {
  const router = useRouter()
  useEffect(() => {
    const opBericht = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return
      const data = event.data as { type?: string } | null
      if (data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', opBericht)
    // Tells the admin that the page listens (the handshake the live preview waits for in a popup).
    window.parent?.postMessage(
      { type: 'payload-live-preview', ready: true },
      window.location.origin,
    )
    // lib.dom types `opener` as any; it is the window that opened this one, or null.
    const opener = window.opener as Window | null
    opener?.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    return () => window.removeEventListener('message', opBericht)
  }, [router])
  return (
    <aside className="voorbeeld-balk" aria-label="Voorbeeld">
      <strong>Voorbeeld:</strong> u ziet de laatst bewaarde versie, ook als die nog niet
      gepubliceerd is.{' '}
      <a href={`/voorbeeld/stoppen?terug=${encodeURIComponent(terug)}`}>Voorbeeld stoppen</a>
    </aside>
  )
}
