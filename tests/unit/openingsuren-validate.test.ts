import { describe, expect, it } from 'vitest'

import { validateUitzonderingen, validateWeekschema, type WeekSlot } from '@/domain/openingsuren'

describe('week schema validation', () => {
  it('an ordinary week with a lunch break has no issues', () => {
    const slots: WeekSlot[] = [
      { dag: 'ma', opent: '09:00', sluit: '12:00' },
      { dag: 'ma', opent: '13:00', sluit: '17:00' },
      { dag: 'di', opent: '09:00', sluit: '17:00' },
    ]
    expect(validateWeekschema(slots)).toEqual([])
  })

  it('an empty week is allowed', () => {
    expect(validateWeekschema([])).toEqual([])
  })

  it('blocks that touch (09:00–12:00 and 12:00–17:00) are not an overlap', () => {
    expect(
      validateWeekschema([
        { dag: 'wo', opent: '09:00', sluit: '12:00' },
        { dag: 'wo', opent: '12:00', sluit: '17:00' },
      ]),
    ).toEqual([])
  })

  it('two blocks on the same day that overlap are refused, naming the other block', () => {
    const issues = validateWeekschema([
      { dag: 'ma', opent: '09:00', sluit: '12:30' },
      { dag: 'ma', opent: '12:00', sluit: '17:00' },
    ])
    expect(issues).toEqual([
      {
        index: 1,
        field: 'opent',
        message: expect.stringContaining('overlapt met maandag 09:00–12:30'),
      },
    ])
  })

  it('the same hours on different days do not overlap', () => {
    expect(
      validateWeekschema([
        { dag: 'ma', opent: '09:00', sluit: '17:00' },
        { dag: 'di', opent: '09:00', sluit: '17:00' },
      ]),
    ).toEqual([])
  })

  it('a closing time before the opening time is refused and suggests "na middernacht"', () => {
    expect(validateWeekschema([{ dag: 'vr', opent: '22:00', sluit: '02:00' }])).toEqual([
      {
        index: 0,
        field: 'sluit',
        message: expect.stringMatching(/na het openingsuur.*na middernacht/),
      },
    ])
  })

  it('closing at the opening time without "na middernacht" is refused', () => {
    expect(validateWeekschema([{ dag: 'vr', opent: '09:00', sluit: '09:00' }])).toHaveLength(1)
  })

  it('closing at 00:00 suggests 24:00, and 24:00 is accepted as closing time', () => {
    expect(
      validateWeekschema([{ dag: 'za', opent: '18:00', sluit: '00:00' }])[0].message,
    ).toContain('24:00')
    expect(validateWeekschema([{ dag: 'za', opent: '18:00', sluit: '24:00' }])).toEqual([])
  })

  it('24:00 is not a valid opening time', () => {
    expect(
      validateWeekschema([{ dag: 'za', opent: '24:00', sluit: '02:00', naMiddernacht: true }]),
    ).toEqual([{ index: 0, field: 'opent', message: expect.stringContaining('00:00') }])
  })

  it.each(['9:00', '25:00', '12:60', '12u', '', '12:00:00'])('the time "%s" is refused', (tijd) => {
    const issues = validateWeekschema([{ dag: 'ma', opent: tijd, sluit: '17:00' }])
    expect(issues).toEqual([{ index: 0, field: 'opent', message: expect.any(String) }])
  })

  it('an unknown day is refused', () => {
    expect(validateWeekschema([{ dag: 'xx', opent: '09:00', sluit: '17:00' }])).toEqual([
      { index: 0, field: 'dag', message: expect.any(String) },
    ])
  })

  it('a night block running past midnight is accepted', () => {
    expect(
      validateWeekschema([{ dag: 'vr', opent: '22:00', sluit: '02:00', naMiddernacht: true }]),
    ).toEqual([])
  })

  it('"na middernacht" on a block that closes the same day is refused, saying it does not run past midnight', () => {
    expect(
      validateWeekschema([{ dag: 'ma', opent: '09:00', sluit: '17:00', naMiddernacht: true }]),
    ).toEqual([
      {
        index: 0,
        field: 'naMiddernacht',
        message: expect.stringContaining('niet door na middernacht'),
      },
    ])
    expect(
      validateWeekschema([{ dag: 'ma', opent: '09:00', sluit: '24:00', naMiddernacht: true }]),
    ).toHaveLength(1)
  })

  it('a 24-hour block (opening and closing at 08:00 with "na middernacht") is accepted', () => {
    expect(
      validateWeekschema([{ dag: 'ma', opent: '08:00', sluit: '08:00', naMiddernacht: true }]),
    ).toEqual([])
  })

  it("a night block that runs into the next day's early block is an overlap", () => {
    const issues = validateWeekschema([
      { dag: 'vr', opent: '22:00', sluit: '03:00', naMiddernacht: true },
      { dag: 'za', opent: '02:00', sluit: '06:00' },
    ])
    expect(issues).toEqual([
      {
        index: 1,
        field: 'opent',
        message: expect.stringContaining('vrijdag 22:00–03:00 (na middernacht)'),
      },
    ])
  })

  it("a night block ending when the next day's block starts is not an overlap", () => {
    expect(
      validateWeekschema([
        { dag: 'vr', opent: '22:00', sluit: '03:00', naMiddernacht: true },
        { dag: 'za', opent: '03:00', sluit: '06:00' },
      ]),
    ).toEqual([])
  })

  it('a Sunday night block spills into Monday morning', () => {
    const slots: WeekSlot[] = [
      { dag: 'ma', opent: '00:00', sluit: '04:00' },
      { dag: 'zo', opent: '20:00', sluit: '01:00', naMiddernacht: true },
    ]
    expect(validateWeekschema(slots)).toEqual([
      { index: 1, field: 'opent', message: expect.stringContaining('maandag 00:00–04:00') },
    ])
  })
})

describe('exception validation', () => {
  it('a closed day and a day with other hours are accepted', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00', omschrijving: 'Kerstavond' },
        { datum: '2025-12-31', gesloten: true },
      ]),
    ).toEqual([])
  })

  it.each(['2025-02-30', '24-12-2025', '2025-13-01', ''])('the date "%s" is refused', (datum) => {
    expect(validateUitzonderingen([{ datum, gesloten: true }])).toEqual([
      { index: 0, field: 'datum', message: expect.any(String) },
    ])
  })

  it('an exception that is neither closed nor has both times is refused', () => {
    expect(validateUitzonderingen([{ datum: '2025-12-24' }])).toEqual([
      { index: 0, field: 'opent', message: expect.stringContaining('gesloten') },
      { index: 0, field: 'sluit', message: expect.stringContaining('gesloten') },
    ])
    expect(validateUitzonderingen([{ datum: '2025-12-24', opent: '09:00' }])).toEqual([
      { index: 0, field: 'sluit', message: expect.any(String) },
    ])
  })

  it('times left on a closed day are ignored', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', gesloten: true, opent: '09:00', sluit: 'xx' },
      ]),
    ).toEqual([])
  })

  it('overlapping blocks on the same date are refused, touching ones accepted', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00' },
        { datum: '2025-12-24', opent: '11:00', sluit: '13:00' },
        { datum: '2025-12-24', opent: '13:00', sluit: '15:00' },
      ]),
    ).toEqual([
      {
        index: 1,
        field: 'opent',
        message: expect.stringContaining('overlapt met 2025-12-24 09:00–12:00'),
      },
    ])
  })

  it('the same hours on two different dates do not overlap', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00' },
        { datum: '2025-12-31', opent: '09:00', sluit: '12:00' },
      ]),
    ).toEqual([])
  })

  it("an exception running past midnight overlaps the next date's early exception", () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-31', opent: '20:00', sluit: '02:00', naMiddernacht: true },
        { datum: '2026-01-01', opent: '01:00', sluit: '03:00' },
      ]),
    ).toEqual([{ index: 1, field: 'opent', message: expect.stringContaining('overlapt') }])
  })

  it('"na middernacht" set wrongly on an exception is refused', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00', naMiddernacht: true },
      ]),
    ).toEqual([
      {
        index: 0,
        field: 'naMiddernacht',
        message: expect.stringContaining('niet door na middernacht'),
      },
    ])
  })

  it('a date cannot be both closed and open', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', gesloten: true },
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00' },
      ]),
    ).toEqual([{ index: 1, field: 'opent', message: expect.stringContaining('gesloten') }])
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00' },
        { datum: '2025-12-24', gesloten: true },
      ]),
    ).toEqual([{ index: 1, field: 'gesloten', message: expect.stringContaining('gesloten') }])
  })

  it('the same closed date twice is pointed out', () => {
    expect(
      validateUitzonderingen([
        { datum: '2025-12-24', gesloten: true },
        { datum: '2025-12-24', gesloten: true },
      ]),
    ).toEqual([{ index: 1, field: 'datum', message: expect.any(String) }])
  })
})
