import Form from 'next/form'

import { toSearchString, type SearchParams } from '@/search/params'

import { SEARCH_PATH } from './links'
import { MyLocation } from './MyLocation'
import { Suggestions } from './Suggestions'
import { HiddenFields } from './HiddenFields'
import { WhereField } from './WhereField'

const AFSTANDEN = [2, 5, 10, 20, 50]

type Props = {
  params: SearchParams
  /** What was typed in "Waar?", also when it was not recognised: shown again to be corrected. */
  waarInvoer?: string
}

/**
 * "Wat + waar": a plain GET form to /zoeken (next/form navigates without a full reload when
 * JavaScript runs). A new search starts on page 1 and keeps the active filters as hidden inputs.
 */
export function SearchForm({ params, waarInvoer = params.waar }: Props) {
  const afstanden =
    params.afstand !== null && !AFSTANDEN.includes(params.afstand)
      ? [...AFSTANDEN, params.afstand].sort((a, b) => a - b)
      : AFSTANDEN
  const filters: Partial<SearchParams> = {
    ...params,
    q: '',
    waar: '',
    afstand: null,
    lat: null,
    lon: null,
    pagina: 1,
  }
  return (
    // Remounts on every new search, so the uncontrolled fields show the state after a client navigation.
    <Form
      key={toSearchString(params)}
      action={SEARCH_PATH}
      role="search"
      aria-label="Zoeken in de Sociale Kaart"
      className="zoekformulier"
    >
      <div className="zoekveld zoekveld-wat">
        <Suggestions naam="q" id="zoek-wat" label="Wat zoekt u?" beginwaarde={params.q} />
      </div>
      <div className="zoekveld zoekveld-waar">
        <WhereField beginwaarde={waarInvoer} />
      </div>
      <div className="zoekveld zoekveld-afstand">
        <label htmlFor="zoek-afstand">Afstand</label>
        <select
          id="zoek-afstand"
          name="afstand"
          defaultValue={params.afstand === null ? '' : String(params.afstand)}
        >
          <option value="">—</option>
          {afstanden.map((km) => (
            <option key={km} value={String(km)}>
              {km} km
            </option>
          ))}
        </select>
      </div>
      <HiddenFields params={filters} />
      <div className="zoekknoppen">
        <button type="submit" className="knop knop-hoofd">
          Zoeken
        </button>
        <MyLocation lat={params.lat} lon={params.lon} />
      </div>
    </Form>
  )
}
