import { describe, expect, it } from 'vitest'

import { isOpenAt, type Openingsuren } from '@/domain/openingsuren'
import { encodeSchedule, isOpenEncoded, scheduleMoment } from '@/search/document/schedule'

const kantooruren: Openingsuren = {
  weekschema: [
    { dag: 'ma', opent: '09:00', sluit: '12:00' },
    { dag: 'ma', opent: '13:00', sluit: '17:00' },
    { dag: 'wo', opent: '09:00', sluit: '12:00' },
    { dag: 'za', opent: '22:00', sluit: '02:00', naMiddernacht: true },
    { dag: 'zo', opent: '20:00', sluit: '03:00', naMiddernacht: true },
  ],
  uitzonderingen: [
    { datum: '2026-12-02', gesloten: true },
    { datum: '2026-12-07', opent: '10:00', sluit: '11:00' },
  ],
  feestdagen: 'gesloten',
}

// A small deterministic generator, so a failure can be replayed.
function* momenten(van: string, dagen: number, stapMinuten: number) {
  const start = new Date(`${van}T00:00:00Z`).getTime()
  for (let t = start; t < start + dagen * 86_400_000; t += stapMinuten * 60_000) yield new Date(t)
}

describe('the encoded opening hours that the search filter "nu open" uses', () => {
  it('agree with the opening-hours rules at every quarter of an hour around exceptions and holidays', () => {
    const encoded = encodeSchedule(kantooruren, '2026-11-29')
    let open = 0
    // 24-27 Dec holds Christmas (a closed holiday) on a Friday, then a weekend with past-midnight blocks.
    for (const van of ['2026-11-29', '2026-12-20', '2027-03-25']) {
      for (const at of momenten(van, 12, 15)) {
        const verwacht = isOpenAt(kantooruren, at)
        expect(isOpenEncoded(encoded, scheduleMoment(at)), at.toISOString()).toBe(verwacht)
        if (verwacht) open++
      }
    }
    expect(open).toBeGreaterThan(100)
  })

  it('keep a Saturday-night block open into a Sunday that is a closed holiday, as the fiche page does', () => {
    // 2027-08-15 (Tenhemelopneming) is a Sunday.
    const encoded = encodeSchedule(kantooruren, '2027-08-01')
    const zondagNacht = new Date('2027-08-14T23:30:00Z') // 01:30 in Brussels (CEST)
    expect(isOpenAt(kantooruren, zondagNacht)).toBe(true)
    expect(isOpenEncoded(encoded, scheduleMoment(zondagNacht))).toBe(true)
    const zondagAvond = new Date('2027-08-15T19:00:00Z') // 21:00 on the holiday itself
    expect(isOpenEncoded(encoded, scheduleMoment(zondagAvond))).toBe(false)
  })

  it('follow a fiche that stays open on holidays', () => {
    const normaal: Openingsuren = { ...kantooruren, uitzonderingen: [], feestdagen: 'normaal' }
    const encoded = encodeSchedule(normaal, '2026-11-29')
    expect(encoded?.specialDays).toEqual([])
    const kerstmaandag = new Date('2027-12-27T09:30:00Z') // Monday after Christmas, 10:30 local
    expect(isOpenEncoded(encoded, scheduleMoment(kerstmaandag))).toBe(
      isOpenAt(normaal, kerstmaandag),
    )
  })

  it('give no schedule for a fiche without hours, which is then never open', () => {
    expect(encodeSchedule({ weekschema: [], uitzonderingen: [] }, '2026-11-29')).toBeNull()
    expect(isOpenEncoded(null, scheduleMoment(new Date()))).toBe(false)
  })
})
