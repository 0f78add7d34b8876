import { toSearchString, type SearchParams } from '@/search/params'

/**
 * "Download these results": a plain form (the results page is cached for everyone, so nothing here
 * depends on who looks). The file is made in the background and announced by mail; logged-out
 * visitors are sent to the login form by the action.
 */
export function DownloadForm({ params }: { params: SearchParams }) {
  return (
    <form className="downloadformulier" method="post" action="/account/actie/download">
      <input
        type="hidden"
        name="zoekopdracht"
        value={toSearchString({ ...params, pagina: 1, per: undefined })}
      />
      <fieldset>
        <legend>Downloaden (CSV/XLSX)</legend>
        <label>
          <input type="radio" name="formaat" value="xlsx" defaultChecked /> Excel (XLSX)
        </label>{' '}
        <label>
          <input type="radio" name="formaat" value="csv" /> CSV
        </label>{' '}
        <button type="submit">Resultaten downloaden</button>
        <small> Voor aangemelde gebruikers; u krijgt een mail zodra het bestand klaar is.</small>
      </fieldset>
    </form>
  )
}
