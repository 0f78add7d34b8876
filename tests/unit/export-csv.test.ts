import { describe, expect, it } from 'vitest'

import { csvLine, csvField } from '@/domain/export/csv'
import { exportRow, openingsurenText } from '@/domain/export/columns'
import { parseForward, splitEmailAddresses } from '@/domain/forward'

describe('a CSV field', () => {
  it('stays as it is when plain, accents included', () => {
    expect(csvField('Één café in Gent')).toBe('Één café in Gent')
  })
  it('is quoted, with its quotes doubled, when it holds the separator, a quote or a line break', () => {
    expect(csvField('De Zon; Zuid')).toBe('"De Zon; Zuid"')
    expect(csvField('Huis "De Zon"')).toBe('"Huis ""De Zon"""')
    expect(csvField('maandag 09:00–12:00\ndinsdag gesloten')).toBe(
      '"maandag 09:00–12:00\ndinsdag gesloten"',
    )
  })
  it('cannot start a spreadsheet formula, but leaves phone numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('+32 3 201 23 45')).toBe('+32 3 201 23 45')
  })
  it('ends every line with CRLF', () => {
    expect(csvLine(['a', null, 3])).toBe('a;;3\r\n')
  })
})

describe('an export row', () => {
  it('puts the main address first and writes opening hours as Dutch lines', () => {
    const rij = exportRow({
      soort: 'aanbod',
      naam: 'Spreekuur',
      ouder: 'CAW',
      rubrieken: ['Welzijn', 'Budget'],
      adressen: [
        { straat: 'Kerkstraat', huisnummer: '1', postcode: '9000', gemeente: 'Gent' },
        {
          straat: 'Meir',
          huisnummer: '2',
          bus: '3',
          postcode: '2000',
          gemeente: 'Antwerpen',
          primair: true,
        },
      ],
      telefoons: [{ nummer: '+32 9 123 45 67', label: 'onthaal' }],
      emails: [{ adres: 'info@caw.test' }],
      websites: [],
      openingsuren: {
        weekschema: [{ dag: 'wo', opent: '13:00', sluit: '17:00' }],
        uitzonderingen: [],
      },
      url: '/aanbod/spreekuur-1',
    })
    expect(rij[0]).toBe('Aanbod')
    expect(rij[3]).toBe('Welzijn, Budget')
    expect(rij[4]).toBe('Meir 2 bus 3, 2000 Antwerpen\nKerkstraat 1, 9000 Gent')
    expect(rij[5]).toBe('Antwerpen')
    expect(rij[6]).toBe('+32 9 123 45 67 (onthaal)')
    expect(rij[9]).toContain('woensdag 13:00–17:00')
    expect(rij[9]).toContain('maandag gesloten')
  })
  it('leaves opening hours empty for a fiche without any', () => {
    expect(openingsurenText(null)).toBe('')
  })
})

describe('the forward form', () => {
  it('takes addresses separated as people paste them, once each', () => {
    expect(splitEmailAddresses('Ann@x.test, bert@x.test;\nann@x.test')).toEqual([
      'ann@x.test',
      'bert@x.test',
    ])
  })
  it('names the field of each problem', () => {
    const r = parseForward({ soort: 'x', id: '0', adressen: '', bericht: 'y'.repeat(501) })
    expect('fouten' in r && r.fouten.map((f) => f.field)).toEqual([
      'soort',
      'id',
      'adressen',
      'bericht',
    ])
  })
})
