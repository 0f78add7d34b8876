'use client'
// "Waar?": free text (a municipality or postcode, which the server resolves), with the municipality
// names as browser suggestions once the box is used. Without JavaScript it is a plain text box.
import { useState } from 'react'

export const PLACES_PATH = '/api/plaatsen'

export function WhereField({ beginwaarde }: { beginwaarde: string }) {
  const [plaatsen, setPlaatsen] = useState<string[] | null>(null)
  const laad = () => {
    if (plaatsen) return
    setPlaatsen([])
    fetch(PLACES_PATH)
      .then((antwoord) => (antwoord.ok ? (antwoord.json() as Promise<string[]>) : []))
      .then(setPlaatsen)
      // Without suggestions the box still works: try again on the next focus.
      .catch(() => setPlaatsen(null))
  }
  return (
    <>
      <label htmlFor="zoek-waar">Waar?</label>
      <input
        id="zoek-waar"
        name="waar"
        type="text"
        list="zoek-plaatsen"
        defaultValue={beginwaarde}
        placeholder="Gemeente of postcode"
        onFocus={laad}
      />
      <datalist id="zoek-plaatsen">
        {(plaatsen ?? []).map((naam) => (
          <option key={naam} value={naam} />
        ))}
      </datalist>
    </>
  )
}
