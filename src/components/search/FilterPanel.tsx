'use client'

import { useEffect, useRef, type ReactNode } from 'react'

const BREED = '(min-width: 48rem)'

/**
 * The filters in a <details>: open as served (so without JavaScript everything shows), folded on
 * narrow screens where they come below the results, and always open on wide ones.
 */
export function FilterPanel({ children }: { children: ReactNode }) {
  const paneel = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const breed = window.matchMedia(BREED)
    const pas = () => {
      if (paneel.current) paneel.current.open = breed.matches
    }
    pas()
    breed.addEventListener('change', pas)
    return () => breed.removeEventListener('change', pas)
  }, [])
  return (
    <details ref={paneel} className="filterpaneel" id="filters" open>
      <summary>Filters</summary>
      {children}
    </details>
  )
}
