'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

import { useHydrated } from '@/components/use-hydrated'

type Suggestie = {
  tekst: string
  soort: 'fiche' | 'rubriek'
  type?: string
  url?: string
  plaats?: string
}

const SOORT: Record<string, string> = {
  rubriek: 'Rubriek',
  aanbod: 'Aanbod',
  organisatie: 'Organisatie',
  praktijk: 'Praktijk',
  zorgverlener: 'Zorgverlener',
}
const WACHTTIJD_MS = 150

type Props = { naam: string; id: string; label: string; beginwaarde: string }

/**
 * The "wat" box with suggestions while typing (the ARIA 1.2 combobox pattern: the focus stays in the
 * input, arrow keys move through the listbox, Enter picks, Escape closes). Rendered on the server as
 * a plain text input; the combobox roles are only added once JavaScript runs and can honour them.
 */
export function Suggestions({ naam, id, label, beginwaarde }: Props) {
  const router = useRouter()
  const invoer = useRef<HTMLInputElement>(null)
  const timer = useRef<number | undefined>(undefined)
  const lopend = useRef<AbortController | null>(null)
  const actief = useHydrated()
  const [waarde, setWaarde] = useState(beginwaarde)
  const [lijst, setLijst] = useState<Suggestie[]>([])
  const [open, setOpen] = useState(false)
  const [gekozen, setGekozen] = useState(-1)
  const listbox = `${id}-suggesties`

  useEffect(() => {
    return () => {
      window.clearTimeout(timer.current)
      lopend.current?.abort()
    }
  }, [])

  const sluit = () => {
    setOpen(false)
    setGekozen(-1)
  }

  const haal = async (tekst: string) => {
    const controller = new AbortController()
    lopend.current = controller
    try {
      const antwoord = await fetch(`/api/zoeken/suggesties?q=${encodeURIComponent(tekst)}`, {
        signal: controller.signal,
      })
      if (!antwoord.ok) return
      const { suggesties } = (await antwoord.json()) as { suggesties: Suggestie[] }
      setLijst(suggesties)
      setGekozen(-1)
      setOpen(suggesties.length > 0)
    } catch {
      // Aborted by newer typing, or offline: the box keeps working as a plain search field.
    }
  }

  const vraag = (tekst: string) => {
    window.clearTimeout(timer.current)
    lopend.current?.abort()
    if (tekst.trim().length < 2) {
      setLijst([])
      sluit()
      return
    }
    timer.current = window.setTimeout(() => void haal(tekst), WACHTTIJD_MS)
  }

  const kies = (suggestie: Suggestie) => {
    sluit()
    if (suggestie.url) {
      router.push(suggestie.url)
      return
    }
    setWaarde(suggestie.tekst)
    if (invoer.current) invoer.current.value = suggestie.tekst
    invoer.current?.form?.requestSubmit()
  }

  const toets = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (lijst.length === 0) return
      event.preventDefault()
      setOpen(true)
      const stap = event.key === 'ArrowDown' ? 1 : -1
      setGekozen((i) =>
        i === -1 && stap === -1 ? lijst.length - 1 : (i + stap + lijst.length) % lijst.length,
      )
    } else if (event.key === 'Enter' && open && gekozen >= 0 && lijst[gekozen]) {
      event.preventDefault()
      kies(lijst[gekozen])
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      sluit()
    }
  }

  const optieId = (i: number) => `${listbox}-${i}`

  return (
    <div className="suggesties">
      <label htmlFor={id}>{label}</label>
      <input
        ref={invoer}
        id={id}
        name={naam}
        type="search"
        value={waarde}
        placeholder="bv. huisarts, thuisverpleging, OCMW"
        onChange={(event) => {
          setWaarde(event.target.value)
          vraag(event.target.value)
        }}
        onKeyDown={actief ? toets : undefined}
        onBlur={sluit}
        {...(actief
          ? {
              role: 'combobox',
              autoComplete: 'off',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': open,
              'aria-controls': listbox,
              'aria-activedescendant': open && gekozen >= 0 ? optieId(gekozen) : undefined,
            }
          : {})}
      />
      {actief && (
        <>
          <ul
            id={listbox}
            role="listbox"
            aria-label="Suggesties"
            className="suggestielijst"
            hidden={!open}
          >
            {lijst.map((suggestie, i) => (
              <li
                key={`${suggestie.soort}-${suggestie.url ?? suggestie.tekst}-${i}`}
                id={optieId(i)}
                role="option"
                aria-selected={i === gekozen}
                className={i === gekozen ? 'suggestie gekozen' : 'suggestie'}
                // mousedown would blur the input and close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => kies(suggestie)}
              >
                <span className="suggestie-tekst">{suggestie.tekst}</span>
                <span className="suggestie-soort">
                  {SOORT[suggestie.soort === 'rubriek' ? 'rubriek' : (suggestie.type ?? '')] ?? ''}
                  {suggestie.plaats ? ` · ${suggestie.plaats}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="visueel-verborgen" role="status" aria-live="polite">
            {open
              ? `${lijst.length} ${lijst.length === 1 ? 'suggestie' : 'suggesties'}; kies met de pijltjestoetsen en Enter.`
              : ''}
          </p>
        </>
      )}
    </div>
  )
}
