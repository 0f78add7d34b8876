import { describe, expect, it } from 'vitest'

import {
  formatUitzonderingen,
  formatWeekschema,
  isOpenAt,
  nextOpening,
  type Openingsuren,
  type WeekSlot,
} from '@/domain/openingsuren'

const kantooruren: WeekSlot[] = [
  { dag: 'ma', opent: '09:00', sluit: '12:00' },
  { dag: 'ma', opent: '13:00', sluit: '17:00' },
  { dag: 'di', opent: '09:00', sluit: '17:00' },
  { dag: 'wo', opent: '09:00', sluit: '17:00' },
  { dag: 'do', opent: '09:00', sluit: '17:00' },
  { dag: 'vr', opent: '09:00', sluit: '17:00' },
]

const kantoor: Openingsuren = {
  weekschema: kantooruren,
  uitzonderingen: [],
  feestdagen: 'gesloten',
}

describe('is it open now', () => {
  it('an office is open on a Tuesday afternoon in winter (Brussels = UTC+1)', () => {
    expect(isOpenAt(kantoor, new Date('2025-01-14T13:30:00Z'))).toBe(true) // 14:30
    expect(isOpenAt(kantoor, new Date('2025-01-14T16:00:00Z'))).toBe(false) // 17:00, closing time
    expect(isOpenAt(kantoor, new Date('2025-01-14T07:59:00Z'))).toBe(false) // 08:59
    expect(isOpenAt(kantoor, new Date('2025-01-14T08:00:00Z'))).toBe(true) // 09:00
  })

  it('in summer the same local hours are an hour earlier in UTC', () => {
    expect(isOpenAt(kantoor, new Date('2025-06-10T07:30:00Z'))).toBe(true) // 09:30 CEST
    expect(isOpenAt(kantoor, new Date('2025-06-10T15:30:00Z'))).toBe(false) // 17:30 CEST
  })

  it('the Monday lunch break is closed', () => {
    expect(isOpenAt(kantoor, new Date('2025-01-13T11:30:00Z'))).toBe(false) // 12:30
    expect(isOpenAt(kantoor, new Date('2025-01-13T12:00:00Z'))).toBe(true) // 13:00
  })

  it('another time zone can be asked for', () => {
    // 14:30 UTC on a Tuesday is 09:30 in New York.
    expect(isOpenAt(kantoor, new Date('2025-01-14T14:30:00Z'), 'America/New_York')).toBe(true)
    expect(isOpenAt(kantoor, new Date('2025-01-14T13:30:00Z'), 'America/New_York')).toBe(false)
  })

  it('a fiche without hours is never open and has no next opening', () => {
    expect(isOpenAt({}, new Date('2025-01-14T10:00:00Z'))).toBe(false)
    expect(nextOpening({}, new Date('2025-01-14T10:00:00Z'))).toBeNull()
  })

  it('a night shelter open Friday 22:00 to 02:00 is still open early Saturday', () => {
    const nachtopvang: Openingsuren = {
      weekschema: [{ dag: 'vr', opent: '22:00', sluit: '02:00', naMiddernacht: true }],
    }
    expect(isOpenAt(nachtopvang, new Date('2025-01-17T21:30:00Z'))).toBe(true) // Fri 22:30
    expect(isOpenAt(nachtopvang, new Date('2025-01-18T00:30:00Z'))).toBe(true) // Sat 01:30
    expect(isOpenAt(nachtopvang, new Date('2025-01-18T01:00:00Z'))).toBe(false) // Sat 02:00
    expect(isOpenAt(nachtopvang, new Date('2025-01-19T00:30:00Z'))).toBe(false) // Sun 01:30
  })

  it('a Sunday night block keeps it open on Monday morning', () => {
    const uren: Openingsuren = {
      weekschema: [{ dag: 'zo', opent: '20:00', sluit: '06:00', naMiddernacht: true }],
    }
    expect(isOpenAt(uren, new Date('2025-01-13T04:00:00Z'))).toBe(true) // Mon 05:00
  })

  it('a block until 24:00 is open at 23:59 and closed at midnight', () => {
    const uren: Openingsuren = { weekschema: [{ dag: 'za', opent: '18:00', sluit: '24:00' }] }
    expect(isOpenAt(uren, new Date('2025-01-18T22:59:00Z'))).toBe(true)
    expect(isOpenAt(uren, new Date('2025-01-18T23:00:00Z'))).toBe(false)
  })
})

describe('public holidays and exceptions', () => {
  it('on Christmas (a Thursday) an office that closes on holidays is closed', () => {
    expect(isOpenAt(kantoor, new Date('2025-12-25T10:00:00Z'))).toBe(false)
  })

  it('on Christmas an office with "normaal" keeps its week hours', () => {
    expect(isOpenAt({ ...kantoor, feestdagen: 'normaal' }, new Date('2025-12-25T10:00:00Z'))).toBe(
      true,
    )
  })

  it('the Flemish holiday of 11 July closes an office that closes on holidays', () => {
    expect(isOpenAt(kantoor, new Date('2025-07-11T08:00:00Z'))).toBe(false) // Friday 10:00
    expect(isOpenAt(kantoor, new Date('2025-07-10T08:00:00Z'))).toBe(true)
  })

  it('26 December is not a public holiday, so the office is open', () => {
    expect(isOpenAt(kantoor, new Date('2025-12-26T10:00:00Z'))).toBe(true) // Friday 11:00
  })

  it('an exception with hours on a holiday overrides the holiday closure', () => {
    const uren: Openingsuren = {
      ...kantoor,
      uitzonderingen: [
        { datum: '2025-12-25', opent: '10:00', sluit: '12:00', omschrijving: 'Permanentie' },
      ],
    }
    expect(isOpenAt(uren, new Date('2025-12-25T09:30:00Z'))).toBe(true) // 10:30
    expect(isOpenAt(uren, new Date('2025-12-25T12:30:00Z'))).toBe(false) // 13:30: the week hours do not apply
  })

  it('a closed exception closes an ordinary day', () => {
    const uren: Openingsuren = {
      ...kantoor,
      uitzonderingen: [{ datum: '2025-01-14', gesloten: true }],
    }
    expect(isOpenAt(uren, new Date('2025-01-14T10:00:00Z'))).toBe(false)
    expect(isOpenAt(uren, new Date('2025-01-15T10:00:00Z'))).toBe(true)
  })

  it('an exception can open a day that is closed in the week', () => {
    const uren: Openingsuren = {
      ...kantoor,
      uitzonderingen: [{ datum: '2025-01-18', opent: '10:00', sluit: '13:00' }],
    }
    expect(isOpenAt(uren, new Date('2025-01-18T10:00:00Z'))).toBe(true) // Saturday 11:00
  })
})

describe('daylight saving time', () => {
  const zondag: Openingsuren = { weekschema: [{ dag: 'zo', opent: '09:00', sluit: '12:00' }] }

  it('on the Sunday clocks go forward (30 March 2025) 09:00 local is 07:00 UTC', () => {
    expect(isOpenAt(zondag, new Date('2025-03-30T06:30:00Z'))).toBe(false) // 08:30 CEST
    expect(isOpenAt(zondag, new Date('2025-03-30T07:30:00Z'))).toBe(true) // 09:30 CEST
    expect(isOpenAt(zondag, new Date('2025-03-30T10:30:00Z'))).toBe(false) // 12:30 CEST
    expect(nextOpening(zondag, new Date('2025-03-29T20:00:00Z'))?.at.toISOString()).toBe(
      '2025-03-30T07:00:00.000Z',
    )
  })

  it('on the Sunday clocks go back (26 October 2025) 09:00 local is 08:00 UTC', () => {
    expect(isOpenAt(zondag, new Date('2025-10-26T07:30:00Z'))).toBe(false) // 08:30 CET
    expect(isOpenAt(zondag, new Date('2025-10-26T08:30:00Z'))).toBe(true) // 09:30 CET
    expect(nextOpening(zondag, new Date('2025-10-25T20:00:00Z'))?.at.toISOString()).toBe(
      '2025-10-26T08:00:00.000Z',
    )
  })

  it('a night block over the autumn change closes at 06:00 winter time', () => {
    const nacht: Openingsuren = {
      weekschema: [{ dag: 'za', opent: '22:00', sluit: '06:00', naMiddernacht: true }],
    }
    expect(isOpenAt(nacht, new Date('2025-10-25T20:30:00Z'))).toBe(true) // Sat 22:30 CEST
    expect(isOpenAt(nacht, new Date('2025-10-26T04:30:00Z'))).toBe(true) // Sun 05:30 CET
    expect(isOpenAt(nacht, new Date('2025-10-26T05:30:00Z'))).toBe(false) // Sun 06:30 CET
  })

  it('a block opening at 02:30, a time that does not exist in spring, opens when the clock jumps to 03:00', () => {
    const uren: Openingsuren = { weekschema: [{ dag: 'zo', opent: '02:30', sluit: '05:00' }] }
    const volgende = nextOpening(uren, new Date('2025-03-29T12:00:00Z'))
    expect(volgende?.at.toISOString()).toBe('2025-03-30T01:00:00.000Z') // 03:00 CEST
    expect(isOpenAt(uren, volgende!.at)).toBe(true)
    expect(isOpenAt(uren, new Date(volgende!.at.getTime() - 60_000))).toBe(false)
  })

  it('a block opening at 02:30, a time that happens twice in autumn, opens the first time', () => {
    const uren: Openingsuren = { weekschema: [{ dag: 'zo', opent: '02:30', sluit: '05:00' }] }
    expect(nextOpening(uren, new Date('2025-10-25T12:00:00Z'))?.at.toISOString()).toBe(
      '2025-10-26T00:30:00.000Z',
    ) // 02:30 CEST
  })
})

describe('next opening', () => {
  it('after closing on Friday the office next opens on Monday at 09:00', () => {
    expect(nextOpening(kantoor, new Date('2025-01-17T17:00:00Z'))).toEqual({
      at: new Date('2025-01-20T08:00:00Z'),
      dag: 'ma',
      opent: '09:00',
    })
  })

  it('during the Monday lunch break the next opening is 13:00', () => {
    expect(nextOpening(kantoor, new Date('2025-01-13T11:15:00Z'))).toMatchObject({
      dag: 'ma',
      opent: '13:00',
    })
  })

  it('at the exact opening time that opening is the next one', () => {
    expect(nextOpening(kantoor, new Date('2025-01-14T08:00:00Z'))?.at).toEqual(
      new Date('2025-01-14T08:00:00Z'),
    )
  })

  it('on Christmas Eve the next opening skips Christmas (holiday)', () => {
    // Wednesday 24 December 2025 after closing: Thursday 25 is a holiday, so Friday 26 at 09:00.
    expect(nextOpening(kantoor, new Date('2025-12-24T17:00:00Z'))).toMatchObject({
      at: new Date('2025-12-26T08:00:00Z'),
      dag: 'vr',
    })
  })

  it('an exception with hours is a next opening', () => {
    const uren: Openingsuren = {
      ...kantoor,
      uitzonderingen: [{ datum: '2025-01-18', opent: '10:00', sluit: '13:00' }],
    }
    expect(nextOpening(uren, new Date('2025-01-17T17:00:00Z'))).toMatchObject({
      dag: 'za',
      opent: '10:00',
    })
  })

  it('nothing within 14 days gives null', () => {
    const dicht = Array.from({ length: 20 }, (_, i) => ({
      datum: new Date(Date.UTC(2025, 0, 13 + i)).toISOString().slice(0, 10),
      gesloten: true,
    }))
    expect(
      nextOpening({ ...kantoor, uitzonderingen: dicht }, new Date('2025-01-13T06:00:00Z')),
    ).toBeNull()
  })

  it('an opening 13 days ahead is found', () => {
    const uren: Openingsuren = {
      uitzonderingen: [{ datum: '2025-01-26', opent: '10:00', sluit: '12:00' }],
    }
    expect(nextOpening(uren, new Date('2025-01-13T10:00:00Z'))?.at).toEqual(
      new Date('2025-01-26T09:00:00Z'),
    )
    expect(nextOpening(uren, new Date('2025-01-10T10:00:00Z'))).toBeNull()
  })
})

describe('readable opening hours', () => {
  it('lists each day in Dutch with its blocks, closed days included', () => {
    expect(formatWeekschema([...kantooruren].reverse())).toEqual([
      'maandag 09:00–12:00, 13:00–17:00',
      'dinsdag 09:00–17:00',
      'woensdag 09:00–17:00',
      'donderdag 09:00–17:00',
      'vrijdag 09:00–17:00',
      'zaterdag gesloten',
      'zondag gesloten',
    ])
  })

  it('can leave closed days out', () => {
    expect(
      formatWeekschema([{ dag: 'vr', opent: '22:00', sluit: '02:00', naMiddernacht: true }], {
        toonGesloten: false,
      }),
    ).toEqual(['vrijdag 22:00–02:00'])
  })

  it('describes exceptions by date, with the holiday name when there is no description', () => {
    expect(
      formatUitzonderingen([
        { datum: '2025-12-25', gesloten: true },
        { datum: '2025-12-24', opent: '13:00', sluit: '15:00' },
        { datum: '2025-12-24', opent: '09:00', sluit: '12:00', omschrijving: 'Kerstavond' },
      ]),
    ).toEqual([
      'woensdag 24 december 2025: 09:00–12:00, 13:00–15:00 (Kerstavond)',
      'donderdag 25 december 2025: gesloten (Kerstmis)',
    ])
  })
})
