'use client'

import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

import { useHydrated } from '@/components/use-hydrated'

type Punt = { lat: number; lon: number }

// Three decimals is about 100 m: close enough to sort by distance, and the URL (shared, logged)
// does not pinpoint someone's home.
const afgerond = (n: number) => Math.round(n * 1000) / 1000

const MELDINGEN: Record<number, string> = {
  1: 'U hebt de toegang tot uw locatie geweigerd. Typ een gemeente of postcode bij ‘Waar?’, of sta locatie toe in de instellingen van uw browser.',
  2: 'Uw locatie kon niet bepaald worden. Typ een gemeente of postcode bij ‘Waar?’.',
  3: 'Het duurde te lang om uw locatie te bepalen. Probeer opnieuw, of typ een gemeente of postcode bij ‘Waar?’.',
}

/**
 * "Mijn locatie": asks the browser for the position, puts it in the form's lat/lon and submits. The
 * button stays hidden without JavaScript or geolocation (which needs HTTPS); a position already in
 * the URL travels along as hidden inputs until the visitor types another place.
 */
export function MyLocation({ lat, lon }: { lat: number | null; lon: number | null }) {
  const knop = useRef<HTMLButtonElement>(null)
  const [punt, setPunt] = useState<Punt | null>(lat !== null && lon !== null ? { lat, lon } : null)
  const inBrowser = useHydrated()
  // Geolocation needs HTTPS; the server cannot know, so the button shows once in the browser.
  const beschikbaar = inBrowser && window.isSecureContext && 'geolocation' in navigator
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<string | null>(null)

  useEffect(() => {
    // A typed place replaces "my location" (the search would otherwise keep using the position).
    const waar = knop.current?.form?.elements.namedItem('waar')
    if (!(waar instanceof HTMLInputElement)) return
    const vergeet = () => setPunt(null)
    waar.addEventListener('input', vergeet)
    return () => waar.removeEventListener('input', vergeet)
  }, [])

  const bepaal = () => {
    const form = knop.current?.form
    if (!form) return
    setBezig(true)
    setMelding(null)
    navigator.geolocation.getCurrentPosition(
      (positie) => {
        setBezig(false)
        const gevonden = {
          lat: afgerond(positie.coords.latitude),
          lon: afgerond(positie.coords.longitude),
        }
        if (gevonden.lat < 49 || gevonden.lat > 52 || gevonden.lon < 2 || gevonden.lon > 7) {
          setMelding('Uw locatie ligt buiten België. Typ een gemeente of postcode bij ‘Waar?’.')
          return
        }
        // The inputs must hold the position before the form is read for submitting.
        flushSync(() => setPunt(gevonden))
        const waar = form.elements.namedItem('waar')
        if (waar instanceof HTMLInputElement) waar.value = ''
        form.requestSubmit()
      },
      (fout) => {
        setBezig(false)
        setMelding(MELDINGEN[fout.code] ?? MELDINGEN[2])
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    )
  }

  return (
    <>
      {punt && (
        <>
          <input type="hidden" name="lat" value={punt.lat} />
          <input type="hidden" name="lon" value={punt.lon} />
        </>
      )}
      <button
        ref={knop}
        type="button"
        className="knop knop-locatie"
        hidden={!beschikbaar}
        disabled={bezig}
        onClick={bepaal}
      >
        {bezig ? 'Locatie bepalen…' : 'Mijn locatie'}
      </button>
      {melding && (
        <p className="locatie-melding" role="alert">
          {melding}
        </p>
      )}
    </>
  )
}
