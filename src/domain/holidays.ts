import feestdagenData from './data/be-holidays-2025-2027.json' with { type: 'json' }

export type Holiday = { date: string; name: string }

// The Flemish community adds 11 July to the ten federal holidays. 26 December ("Tweede kerstdag") is
// in the same list of the data file, but it is only a day off for Flemish civil servants, and
// closing every provider with `feestdagen: 'gesloten'` on that day would show most of them wrongly
// closed.
const VLAAMSE_FEESTDAG = '-07-11'

function uitBestand(): ReadonlyMap<number, readonly Holiday[]> {
  const perJaar = new Map<number, Holiday[]>()
  for (const [jaar, lijsten] of Object.entries(feestdagenData.years)) {
    const dagen: Holiday[] = [
      ...lijsten.federal_public.map((d) => ({ date: d.date, name: d.name_nl })),
      ...lijsten.flemish_community_extra
        .filter((d) => d.date.endsWith(VLAAMSE_FEESTDAG))
        .map((d) => ({ date: d.date, name: d.name_nl })),
    ].sort((a, b) => a.date.localeCompare(b.date))
    perJaar.set(Number(jaar), dagen)
  }
  return perJaar
}

const BESTAND = uitBestand()

function iso(jaar: number, maand: number, dag: number): string {
  return new Date(Date.UTC(jaar, maand - 1, dag)).toISOString().slice(0, 10)
}

/** Easter Sunday (Gregorian calendar, anonymous "Meeus/Jones/Butcher" algorithm). */
function pasen(jaar: number): { maand: number; dag: number } {
  const a = jaar % 19
  const b = Math.floor(jaar / 100)
  const c = jaar % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const maand = Math.floor((h + l - 7 * m + 114) / 31)
  const dag = ((h + l - 7 * m + 114) % 31) + 1
  return { maand, dag }
}

/**
 * The data file only covers 2025-2027; without this the holiday closure would silently stop working
 * afterwards. The rules are fixed by law, and the tests check that they give the same days as the
 * file for the years it covers.
 */
export function computedHolidays(jaar: number): Holiday[] {
  const p = pasen(jaar)
  const naPasen = (dagen: number) => iso(jaar, p.maand, p.dag + dagen)
  return [
    { date: iso(jaar, 1, 1), name: 'Nieuwjaar' },
    { date: naPasen(1), name: 'Paasmaandag' },
    { date: iso(jaar, 5, 1), name: 'Dag van de Arbeid' },
    { date: naPasen(39), name: 'Hemelvaartsdag' },
    { date: naPasen(50), name: 'Pinkstermaandag' },
    { date: iso(jaar, 7, 11), name: 'Feestdag van de Vlaamse Gemeenschap' },
    { date: iso(jaar, 7, 21), name: 'Nationale feestdag' },
    { date: iso(jaar, 8, 15), name: 'Tenhemelopneming' },
    { date: iso(jaar, 11, 1), name: 'Allerheiligen' },
    { date: iso(jaar, 11, 11), name: 'Wapenstilstand' },
    { date: iso(jaar, 12, 25), name: 'Kerstmis' },
  ].sort((a, b) => a.date.localeCompare(b.date))
}

// Computed years are kept: "is it open?" asks for holidays for every day of every fiche it checks.
const BEREKEND = new Map<number, readonly Holiday[]>()

function feestdagenVan(jaar: number): readonly Holiday[] {
  const uitBestand = BESTAND.get(jaar)
  if (uitBestand) return uitBestand
  let berekend = BEREKEND.get(jaar)
  if (!berekend) {
    berekend = computedHolidays(jaar)
    BEREKEND.set(jaar, berekend)
  }
  return berekend
}

/** Federal public holidays plus the Flemish holiday (11 July) of a year, in date order. */
export function publicHolidaysInYear(jaar: number): Holiday[] {
  return [...feestdagenVan(jaar)]
}

/** The public holiday on a date (YYYY-MM-DD), or null on an ordinary day or an invalid date. */
export function publicHoliday(date: string): Holiday | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date)
  if (!match) return null
  return feestdagenVan(Number(match[1])).find((f) => f.date === date) ?? null
}
