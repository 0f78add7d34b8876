/**
 * Save this search under a name. The form carries only the search itself, nothing of the user, so
 * the results page stays the same for everyone; the action asks a visitor to log in.
 */
export function SaveZoekopdracht({ zoekopdracht }: { zoekopdracht: string }) {
  return (
    <details className="zoekopdracht-bewaren">
      <summary>Zoekopdracht bewaren</summary>
      <form method="post" action="/account/actie/zoekopdracht-bewaren">
        <input type="hidden" name="zoekopdracht" value={zoekopdracht} />
        <label htmlFor="zoekopdracht-naam">Naam van de zoekopdracht</label>{' '}
        <input id="zoekopdracht-naam" name="naam" maxLength={80} required />{' '}
        <button type="submit">Bewaren</button>
      </form>
    </details>
  )
}
