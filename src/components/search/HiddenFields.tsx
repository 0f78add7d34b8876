import { toSearchString, type SearchParams } from '@/search/params'

/**
 * The parts of the state a form does not show, as hidden inputs, so submitting it (also without
 * JavaScript) keeps every active filter. Written by toSearchString: same names and values as links.
 */
export function HiddenFields({ params }: { params: Partial<SearchParams> }) {
  const velden = [...new URLSearchParams(toSearchString(params)).entries()]
  return (
    <>
      {velden.map(([naam, waarde], i) => (
        <input key={`${naam}-${waarde}-${i}`} type="hidden" name={naam} value={waarde} />
      ))}
    </>
  )
}
