import type { FieldError } from '@/domain/field-error'

const VELDEN: Record<string, string> = {
  q: 'Wat zoekt u?',
  waar: 'Waar?',
  lat: 'Mijn locatie (breedtegraad)',
  lon: 'Mijn locatie (lengtegraad)',
  afstand: 'Afstand',
  type: 'Soort fiche',
  rubriek: 'Rubriek',
  gemeente: 'Gemeente',
  doelgroep: 'Doelgroep',
  beroep: 'Beroep',
  open: 'Nu open',
  moment: 'Moment',
  sort: 'Sorteren',
  pagina: 'Pagina',
  per: 'Aantal per pagina',
}

/** Parameters the search could not use (typed or edited URLs): which one and why; it ran without them. */
export function ErrorMessages({ fouten }: { fouten: FieldError[] }) {
  if (fouten.length === 0) return null
  return (
    <div className="foutmeldingen" role="alert">
      <h2>Niet alles in uw zoekopdracht kon gebruikt worden</h2>
      <ul>
        {fouten.map((fout, i) => (
          <li key={`${fout.field}-${i}`}>
            <strong>{VELDEN[fout.field] ?? fout.field}</strong> ({fout.field}): {fout.message}
          </li>
        ))}
      </ul>
      <p>We zochten zonder deze gegevens.</p>
    </div>
  )
}
