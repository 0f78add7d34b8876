// Writes the rows of a download to a file, streaming: rows go to disk as they come, so memory
// stays flat whether the download holds ten fiches or twenty thousand.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

import ExcelJS from 'exceljs'

import { csvLine, UTF8_BOM } from '@/domain/export/csv'
import { COLUMNS } from '@/domain/export/columns'

export type Format = 'csv' | 'xlsx'
export const FORMATS: readonly Format[] = ['csv', 'xlsx']

export const MIME: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export type RowWriter = { schrijf: (rij: string[]) => Promise<void>; sluit: () => Promise<void> }

async function csvSchrijver(pad: string): Promise<RowWriter> {
  const stream = createWriteStream(pad, { encoding: 'utf8' })
  const schrijf = async (tekst: string) => {
    if (!stream.write(tekst)) await once(stream, 'drain')
  }
  await schrijf(UTF8_BOM + csvLine(COLUMNS))
  return {
    schrijf: (rij) => schrijf(csvLine(rij)),
    sluit: async () => {
      stream.end()
      await once(stream, 'finish')
    },
  }
}

async function xlsxSchrijver(pad: string): Promise<RowWriter> {
  const boek = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: pad,
    useSharedStrings: false,
    useStyles: true,
  })
  const blad = boek.addWorksheet('Sociale Kaart', { views: [{ state: 'frozen', ySplit: 1 }] })
  blad.columns = COLUMNS.map((kop, i) => ({
    header: kop,
    key: String(i),
    width: [14, 36, 30, 30, 40, 18, 20, 28, 30, 40, 50][i],
  }))
  blad.getRow(1).font = { bold: true }
  blad.getRow(1).commit()
  const omslaan = { wrapText: true, vertical: 'top' } as const
  return {
    schrijf: async (rij) => {
      const r = blad.addRow(rij)
      r.alignment = omslaan
      r.commit()
    },
    sluit: async () => {
      blad.commit()
      await boek.commit()
    },
  }
}

export const openWriter = (formaat: Format, pad: string): Promise<RowWriter> =>
  formaat === 'csv' ? csvSchrijver(pad) : xlsxSchrijver(pad)
