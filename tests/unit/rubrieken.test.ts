import { describe, expect, it } from 'vitest'

import { demoRubrieken, flattenRubriekTree } from '@/domain/rubrieken'

describe('rubriek tree', () => {
  it('the demo tree flattens to 101 rubrieken, 19 of them at the top', () => {
    const rubrieken = demoRubrieken()
    expect(rubrieken).toHaveLength(101)
    expect(rubrieken.filter((r) => r.niveau === 1)).toHaveLength(19)
    expect(rubrieken[0]).toEqual({
      code: '01',
      naam: 'Algemene sociale dienstverlening',
      parentCode: null,
      niveau: 1,
    })
  })

  it('every rubriek comes after its parent, one level deeper', () => {
    const gezien = new Map<string, number>()
    for (const r of demoRubrieken()) {
      if (r.parentCode !== null) {
        expect(gezien.has(r.parentCode)).toBe(true)
        expect(r.niveau).toBe(gezien.get(r.parentCode)! + 1)
      }
      gezien.set(r.code, r.niveau)
    }
  })

  it('woonzorgcentra are found at level 3 under 14.04', () => {
    expect(demoRubrieken().find((r) => r.code === '14.04.01')).toMatchObject({
      parentCode: '14.04',
      niveau: 3,
    })
  })

  it('a tree with nodes named "naam" is flattened too', () => {
    expect(
      flattenRubriekTree([{ code: 'A', naam: 'Alfa', children: [{ code: 'A.1', naam: 'Een' }] }]),
    ).toEqual([
      { code: 'A', naam: 'Alfa', parentCode: null, niveau: 1 },
      { code: 'A.1', naam: 'Een', parentCode: 'A', niveau: 2 },
    ])
  })

  it('a duplicate code is refused', () => {
    expect(() =>
      flattenRubriekTree([
        { code: 'A', name: 'Alfa', children: [{ code: 'A', name: 'Weer alfa' }] },
      ]),
    ).toThrow(/A komt meer dan eens voor/)
  })
})
