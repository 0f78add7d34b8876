/**
 * Seeded pseudo-random numbers (mulberry32), so that the same seed and size always give the same
 * demo data. Never use Math.random in the seed code.
 */

/** 32-bit FNV-1a hash of a string: turns a label into a stream seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The mulberry32 generator: a function returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Rng {
  private readonly next: () => number

  constructor(readonly seed: number) {
    this.next = mulberry32(seed)
  }

  /**
   * An independent stream for one concern (e.g. 'phones'), so that drawing one more number in one
   * part of the generator does not shift every value after it in another part.
   */
  fork(label: string): Rng {
    return new Rng(hashString(`${this.seed}:${label}`))
  }

  float(): number {
    return this.next()
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() uit een lege lijst')
    return items[Math.floor(this.next() * items.length)]
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let total = 0
    for (const item of items) total += weightOf(item)
    let r = this.next() * total
    for (const item of items) {
      r -= weightOf(item)
      if (r < 0) return item
    }
    return items[items.length - 1]
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(count, items.length)))
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }

  /** Zero-padded string of `length` random digits. */
  digits(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += String(Math.floor(this.next() * 10))
    return out
  }
}

/** Precomputed cumulative weights for fast repeated weighted picks from a fixed list. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = []
  private readonly total: number

  constructor(
    private readonly items: readonly T[],
    weightOf: (item: T) => number,
  ) {
    let sum = 0
    for (const item of items) {
      sum += Math.max(0, weightOf(item))
      this.cumulative.push(sum)
    }
    this.total = sum
  }

  pick(rng: Rng): T {
    const r = rng.float() * this.total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.cumulative[mid] > r) hi = mid
      else lo = mid + 1
    }
    return this.items[lo]
  }
}
