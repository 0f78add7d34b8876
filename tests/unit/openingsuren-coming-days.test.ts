import { describe, expect, it } from 'vitest'

import { comingDays, type Openingsuren } from '@/domain/openingsuren'

const kantoor: Openingsuren = {
  weekschema: ['ma', 'di', 'wo', 'do', 'vr'].flatMap((dag) => [
    { dag: dag as 'ma', opent: '09:00', sluit: '12:00' },
    { dag: dag as 'ma', opent: '13:00', sluit: '17:00' },
  ]),
  uitzonderingen: [
    { datum: '2026-12-24', opent: '09:00', sluit: '12:00', omschrijving: 'Kerstavond' },
  ],
  feestdagen: 'gesloten',
}

describe('the coming days as a visitor reads them', () => {
  it('starts today on the Brussels clock, even when it is still yesterday in UTC', () => {
    // 23:30 UTC on Monday 21 December is 00:30 on Tuesday in Brussels.
    const dagen = comingDays(kantoor, new Date('2026-12-21T23:30:00Z'))
    expect(dagen[0]).toMatchObject({
      datum: '2026-12-22',
      label: 'dinsdag 22 december 2026',
      vandaag: true,
      uren: '09:00–12:00, 13:00–17:00',
    })
    expect(dagen.filter((d) => d.vandaag)).toHaveLength(1)
    expect(dagen).toHaveLength(7)
  })

  it('applies exceptions and public holidays and says why the day differs', () => {
    const dagen = comingDays(kantoor, new Date('2026-12-23T10:00:00Z'))
    const op = (datum: string) => dagen.find((d) => d.datum === datum)
    expect(op('2026-12-24')).toMatchObject({ uren: '09:00–12:00', reden: 'Kerstavond' })
    expect(op('2026-12-25')).toMatchObject({ uren: 'gesloten', reden: 'Kerstmis' })
    expect(op('2026-12-26')).toMatchObject({ uren: 'gesloten', reden: null })
    expect(op('2026-12-28')).toMatchObject({ uren: '09:00–12:00, 13:00–17:00', reden: null })
  })
})
