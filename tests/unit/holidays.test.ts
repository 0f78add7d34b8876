import { describe, expect, it } from 'vitest'

import { computedHolidays, publicHoliday, publicHolidaysInYear } from '@/domain/holidays'

import bron from '../../src/domain/data/be-holidays-2025-2027.json' with { type: 'json' }

describe('public holidays', () => {
  it('Christmas, the national holiday and Easter Monday 2025 are public holidays', () => {
    expect(publicHoliday('2025-12-25')).toEqual({ date: '2025-12-25', name: 'Kerstmis' })
    expect(publicHoliday('2025-07-21')).toEqual({ date: '2025-07-21', name: 'Nationale feestdag' })
    expect(publicHoliday('2025-04-21')).toEqual({ date: '2025-04-21', name: 'Paasmaandag' })
  })

  it('11 July, the holiday of the Flemish Community, counts', () => {
    expect(publicHoliday('2026-07-11')).toEqual({
      date: '2026-07-11',
      name: 'Feestdag van de Vlaamse Gemeenschap',
    })
  })

  it('26 December is not a public holiday', () => {
    expect(publicHoliday('2025-12-26')).toBeNull()
  })

  it('an ordinary day or a malformed date is no holiday', () => {
    expect(publicHoliday('2025-01-14')).toBeNull()
    expect(publicHoliday('25/12/2025')).toBeNull()
  })

  it('each year has the ten federal holidays and 11 July', () => {
    for (const jaar of [2025, 2026, 2027, 2028, 2030]) {
      expect(publicHolidaysInYear(jaar)).toHaveLength(11)
    }
  })

  it('every federal holiday in the data file is known', () => {
    for (const { federal_public } of Object.values(bron.years)) {
      for (const dag of federal_public) {
        expect(publicHoliday(dag.date)).toEqual({ date: dag.date, name: dag.name_nl })
      }
    }
  })

  it.each([2025, 2026, 2027])('the computed holidays of %i match the data file', (jaar) => {
    expect(computedHolidays(jaar)).toEqual(publicHolidaysInYear(jaar))
  })

  it('years after the data file are computed with the same rules', () => {
    // Easter 2028 is on 16 April: Easter Monday 17 April, Ascension 25 May, Whit Monday 5 June.
    expect(publicHoliday('2028-04-17')?.name).toBe('Paasmaandag')
    expect(publicHoliday('2028-05-25')?.name).toBe('Hemelvaartsdag')
    expect(publicHoliday('2028-06-05')?.name).toBe('Pinkstermaandag')
    expect(publicHoliday('2028-11-11')?.name).toBe('Wapenstilstand')
  })
})
