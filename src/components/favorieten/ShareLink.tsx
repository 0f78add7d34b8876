/** The share controls of one list or saved search: the link when shared, a button to make or revoke it. */
export function ShareLink({
  soort,
  id,
  naam,
  url,
}: {
  soort: 'lijst' | 'zoekopdracht'
  id: number
  naam: string
  url: string | null
}) {
  return (
    <div className="deellink">
      {url ? (
        <>
          <p>
            <span id={`${soort}-${id}-deellink`}>Gedeeld via deze link</span> (alleen lezen):{' '}
            <a href={url} aria-describedby={`${soort}-${id}-deellink`} className="deellink-url">
              {url}
            </a>
          </p>
          <form method="post" action={`/account/actie/${soort}-delen-stoppen`} className="inline">
            <input type="hidden" name="id" value={id} />
            <button type="submit" aria-label={`Stop met delen: ${naam}`}>
              Stop met delen
            </button>
          </form>
        </>
      ) : (
        <form method="post" action={`/account/actie/${soort}-delen`} className="inline">
          <input type="hidden" name="id" value={id} />
          <button type="submit" aria-label={`Deel ${naam} via een link`}>
            Deel via een link
          </button>
        </form>
      )}
    </div>
  )
}

/** Rename and delete, each its own small form so both work without JavaScript. */
export function RenameAndDelete({
  soort,
  id,
  naam,
}: {
  soort: 'lijst' | 'zoekopdracht'
  id: number
  naam: string
}) {
  return (
    <div className="naam-en-verwijderen">
      <form method="post" action={`/account/actie/${soort}-hernoemen`} className="inline">
        <input type="hidden" name="id" value={id} />
        <label htmlFor={`${soort}-${id}-naam`}>Naam</label>{' '}
        <input id={`${soort}-${id}-naam`} name="naam" defaultValue={naam} maxLength={80} required />{' '}
        <button type="submit" aria-label={`Nieuwe naam bewaren voor ${naam}`}>
          Naam wijzigen
        </button>
      </form>
      <form method="post" action={`/account/actie/${soort}-verwijderen`} className="inline">
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="gevaar" aria-label={`Verwijder ${naam}`}>
          Verwijderen
        </button>
      </form>
    </div>
  )
}
