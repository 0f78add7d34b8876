'use client'

import { useId, useState } from 'react'

import { useHydrated } from '@/components/use-hydrated'

type Props = { titel: string; pad: string; basis?: string }

/**
 * Share and print. The phone's own share sheet when the browser has one (Web Share API); else a panel
 * with the link to copy and a ready e-mail. Without JavaScript the panel is a plain <details> with the
 * e-mail link, so sharing still works.
 */
export function Share({ titel, pad, basis = '' }: Props) {
  const inBrowser = useHydrated()
  // The server may not know the address it is reached by; the browser does.
  const url = inBrowser ? `${window.location.origin}${pad}` : `${basis}${pad}`
  const kanDelen = inBrowser && typeof navigator.share === 'function'
  const [open, setOpen] = useState(false)
  const [melding, setMelding] = useState('')
  const veldId = useId()

  const onderwerp = `${titel} – Sociale Kaart`
  const mail = `mailto:?subject=${encodeURIComponent(onderwerp)}&body=${encodeURIComponent(`${titel}\n${url}`)}`

  async function deel(event: React.MouseEvent) {
    if (!kanDelen) return
    event.preventDefault()
    try {
      await navigator.share({ title: onderwerp, text: titel, url })
    } catch (fout) {
      // Cancelling the share sheet is a choice, not a failure; anything else falls back to the panel.
      if ((fout as Error)?.name !== 'AbortError') setOpen(true)
    }
  }

  async function kopieer() {
    try {
      await navigator.clipboard.writeText(url)
      setMelding('De link is gekopieerd.')
    } catch {
      const veld = document.getElementById(veldId) as HTMLInputElement | null
      veld?.select()
      setMelding('Kopiëren lukte niet: de link is geselecteerd, kopieer hem met Ctrl+C.')
    }
  }

  return (
    <div className="delen">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="knop" onClick={(event) => void deel(event)}>
          Delen
        </summary>
        <div className="delen-paneel">
          <label htmlFor={veldId}>Link naar deze fiche</label>
          <input
            id={veldId}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="delen-acties">
            {inBrowser && (
              <button type="button" className="knop" onClick={() => void kopieer()}>
                Link kopiëren
              </button>
            )}
            <a className="knop" href={mail}>
              Mailen
            </a>
          </p>
          <p role="status" className="delen-melding">
            {melding}
          </p>
        </div>
      </details>
      {inBrowser && (
        <button type="button" className="knop" onClick={() => window.print()}>
          Afdrukken
        </button>
      )}
    </div>
  )
}
