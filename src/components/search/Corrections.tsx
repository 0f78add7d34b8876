/** Words the search corrected: shown, so a visitor who meant the word as typed can tell. */
export function Corrections({ verbeteringen }: { verbeteringen: { van: string; naar: string }[] }) {
  if (verbeteringen.length === 0) return null
  return (
    <p className="verbeteringen" role="status">
      Resultaten voor <strong>{verbeteringen.map((v) => v.naar).join(' ')}</strong> (u typte{' '}
      <em>{verbeteringen.map((v) => v.van).join(' ')}</em>)
    </p>
  )
}
