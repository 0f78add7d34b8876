import { describe, expect, it } from 'vitest'

import { DemoGenerator, MIN_FICHES } from '@/seed/generator'
import { fichesIn } from '@/seed/plan-types'
import { hashString, mulberry32, Rng, WeightedTable } from '@/seed/prng'

const reeks = (next: () => number, n: number) => Array.from({ length: n }, next)

describe('seeded random numbers', () => {
  it('mulberry32 gives the same sequence for the same seed', () => {
    expect(reeks(mulberry32(42), 20)).toEqual(reeks(mulberry32(42), 20))
  })

  it('different seeds give different sequences', () => {
    expect(reeks(mulberry32(1), 10)).not.toEqual(reeks(mulberry32(2), 10))
  })

  it('gives floats in [0, 1)', () => {
    const r = mulberry32(7)
    for (let i = 0; i < 10_000; i++) {
      const x = r()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })

  it('forked streams are reproducible and independent of each other', () => {
    const a = new Rng(5).fork('telefoons')
    const b = new Rng(5).fork('telefoons')
    const c = new Rng(5).fork('namen')
    expect(reeks(() => a.float(), 5)).toEqual(reeks(() => b.float(), 5))
    expect(reeks(() => a.float(), 5)).not.toEqual(reeks(() => c.float(), 5))
    expect(hashString('abc')).toBe(hashString('abc'))
  })

  it('int() stays within its bounds and reaches both ends', () => {
    const rng = new Rng(3)
    const gezien = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const x = rng.int(2, 5)
      expect(x).toBeGreaterThanOrEqual(2)
      expect(x).toBeLessThanOrEqual(5)
      gezien.add(x)
    }
    expect([...gezien].sort()).toEqual([2, 3, 4, 5])
  })

  it('weighted picks follow the weights', () => {
    const tabel = new WeightedTable(['veel', 'weinig'], (x) => (x === 'veel' ? 9 : 1))
    const rng = new Rng(11)
    let veel = 0
    for (let i = 0; i < 10_000; i++) if (tabel.pick(rng) === 'veel') veel++
    expect(veel / 10_000).toBeGreaterThan(0.87)
    expect(veel / 10_000).toBeLessThan(0.93)
  })
})

describe('the demo generator is deterministic', () => {
  const plan = (fiches: number, seed: number) =>
    JSON.stringify([...new DemoGenerator({ fiches, seed }).units()])

  it('the same seed and size give exactly the same data', () => {
    expect(plan(600, 1)).toBe(plan(600, 1))
  })

  it('another seed gives other data', () => {
    expect(plan(600, 2)).not.toBe(plan(600, 1))
  })

  it.each([MIN_FICHES, 101, 257, 1000, 3001])('makes exactly %i fiches', (fiches) => {
    let totaal = 0
    for (const unit of new DemoGenerator({ fiches, seed: 9 }).units()) totaal += fichesIn(unit)
    expect(totaal).toBe(fiches)
  })

  it('refuses a size below the minimum', () => {
    expect(() => new DemoGenerator({ fiches: MIN_FICHES - 1 })).toThrow(RangeError)
  })
})
