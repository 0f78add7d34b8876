import {
  formatUitzonderingen,
  formatWeekschema,
  type Openingsuren as Uren,
  type Uitzondering,
  type WeekSlot,
} from '@/domain/openingsuren'

import { OpeningsurenToday } from './OpeningsurenToday'

/**
 * The hours as the clock needs them, without the row ids and notes stored with them: this object
 * travels to the browser inside every cached copy of the page.
 */
function alleenUren(
  week: readonly WeekSlot[],
  uitzonderingen: readonly Uitzondering[],
  feestdagen: Uren['feestdagen'],
): Uren {
  return {
    weekschema: week.map(({ dag, opent, sluit, naMiddernacht }) => ({
      dag,
      opent,
      sluit,
      ...(naMiddernacht ? { naMiddernacht } : {}),
    })),
    uitzonderingen: uitzonderingen.map(
      ({ datum, gesloten, opent, sluit, naMiddernacht, omschrijving }) => ({
        datum,
        ...(gesloten
          ? { gesloten }
          : { opent, sluit, ...(naMiddernacht ? { naMiddernacht } : {}) }),
        ...(omschrijving ? { omschrijving } : {}),
      }),
    ),
    feestdagen,
  }
}

/** "Nu open" or when it opens, the coming days (today first), then the week and the exceptions. */
export function Openingsuren({
  uren,
  nu,
}: {
  uren: Uren & { toelichting?: string | null }
  nu: Date
}) {
  const week = uren.weekschema ?? []
  const uitzonderingen = uren.uitzonderingen ?? []
  if (week.length === 0 && uitzonderingen.length === 0 && !uren.toelichting) return null
  return (
    <section aria-labelledby="uren-titel">
      <h2 id="uren-titel">Openingsuren</h2>
      {(week.length > 0 || uitzonderingen.length > 0) && (
        <OpeningsurenToday
          uren={alleenUren(week, uitzonderingen, uren.feestdagen)}
          gemaaktOp={nu.toISOString()}
        />
      )}
      {week.length > 0 && <h3>Elke week</h3>}
      {week.length > 0 && (
        <ul className="fiche-lijst">
          {formatWeekschema(week).map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
      )}
      {uitzonderingen.length > 0 && (
        <>
          <h3>Afwijkende dagen</h3>
          <ul className="fiche-lijst">
            {formatUitzonderingen(uitzonderingen).map((regel) => (
              <li key={regel}>{regel}</li>
            ))}
          </ul>
        </>
      )}
      {week.length > 0 && (
        <p>
          {uren.feestdagen === 'normaal'
            ? 'Ook open op feestdagen.'
            : 'Gesloten op wettelijke feestdagen.'}
        </p>
      )}
      {uren.toelichting && <p>{uren.toelichting}</p>}
    </section>
  )
}
