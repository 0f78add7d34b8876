'use client'

import { useHydrated } from '@/components/use-hydrated'

type Props = { opties: { value: string; label: string }[]; waarde: string }

/**
 * The sort select: with JavaScript it submits its form as soon as it changes and the button goes;
 * without it the visitor presses "Sorteren".
 */
export function SortSelect({ opties, waarde }: Props) {
  const automatisch = useHydrated()
  return (
    <>
      <label htmlFor="sorteer">Sorteren op</label>
      <select
        id="sorteer"
        name="sort"
        defaultValue={waarde}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {opties.map((optie) => (
          <option key={optie.value} value={optie.value}>
            {optie.label}
          </option>
        ))}
      </select>
      <button type="submit" className="knop" hidden={automatisch}>
        Sorteren
      </button>
    </>
  )
}
