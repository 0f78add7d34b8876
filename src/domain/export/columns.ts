// The columns of a download, one row per fiche: public data only, in the words a reader of the
// fiche page sees (opening hours as Dutch sentences, not as stored blocks).
import {
  formatUitzonderingen,
  formatWeekschema,
  type Uitzondering,
  type WeekSlot,
} from '@/domain/openingsuren'
import { FICHE_LABEL, type FicheSoort } from '@/domain/fiche-url'

export type ExportAdres = {
  straat: string
  huisnummer: string
  bus?: string | null
  postcode: string
  gemeente?: string | null
  primair?: boolean | null
}

/** A fiche as the export reads it: already limited to what its public page shows. */
export type ExportFiche = {
  soort: FicheSoort
  naam: string
  ouder: string | null
  rubrieken: string[]
  adressen: ExportAdres[]
  telefoons: { nummer: string; label?: string | null }[]
  emails: { adres: string }[]
  websites: { url: string }[]
  openingsuren: { weekschema?: WeekSlot[] | null; uitzonderingen?: Uitzondering[] | null } | null
  url: string
}

export const COLUMNS = [
  'Type',
  'Naam',
  'Ouder',
  'Rubrieken',
  'Adres(sen)',
  'Gemeente',
  'Telefoon',
  'E-mail',
  'Website',
  'Openingsuren',
  'URL',
] as const

export const adresText = (a: ExportAdres): string =>
  `${a.straat} ${a.huisnummer}${a.bus ? ` bus ${a.bus}` : ''}, ${a.postcode}${a.gemeente ? ` ${a.gemeente}` : ''}`

/** The main address first: its municipality fills the Gemeente column. */
const geordend = (adressen: ExportAdres[]) =>
  [...adressen].sort((a, b) => Number(Boolean(b.primair)) - Number(Boolean(a.primair)))

export function openingsurenText(uren: ExportFiche['openingsuren']): string {
  if (!uren || !uren.weekschema?.length) return ''
  const uitzonderingen = formatUitzonderingen(uren.uitzonderingen)
  return [
    ...formatWeekschema(uren.weekschema),
    ...(uitzonderingen.length ? ['Uitzonderingen:', ...uitzonderingen] : []),
  ].join('\n')
}

/** Several values in one cell go on separate lines: Excel shows them so, and CSV quotes them. */
export function exportRow(f: ExportFiche): string[] {
  const adressen = geordend(f.adressen)
  return [
    FICHE_LABEL[f.soort],
    f.naam,
    f.ouder ?? '',
    f.rubrieken.join(', '),
    adressen.map(adresText).join('\n'),
    adressen[0]?.gemeente ?? '',
    f.telefoons.map((t) => (t.label ? `${t.nummer} (${t.label})` : t.nummer)).join('\n'),
    f.emails.map((e) => e.adres).join('\n'),
    f.websites.map((w) => w.url).join('\n'),
    openingsurenText(f.openingsuren),
    f.url,
  ]
}
