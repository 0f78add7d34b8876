import { describe, expect, it } from 'vitest'

import { groupByOnderwerp } from '@/content/group-by-onderwerp'

describe('grouping handleidingen and FAQ by topic', () => {
  it('puts topics in alphabetical order, keeps the given order within a topic, and untopical items last', () => {
    const groepen = groupByOnderwerp([
      { titel: 'API', onderwerp: 'Hergebruik' },
      { titel: 'Los', onderwerp: null },
      { titel: 'Beheer', onderwerp: 'Beheer aanvragen' },
      { titel: 'Widget', onderwerp: 'Hergebruik' },
      { titel: 'Leeg', onderwerp: '  ' },
      { titel: 'Één', onderwerp: 'Ëerste hulp' },
    ])
    expect(groepen.map((g) => g.onderwerp)).toEqual([
      'Beheer aanvragen',
      'Ëerste hulp',
      'Hergebruik',
      'Overige',
    ])
    expect(groepen[2].items.map((i) => i.titel)).toEqual(['API', 'Widget'])
    expect(groepen[3].items.map((i) => i.titel)).toEqual(['Los', 'Leeg'])
  })

  it('gives no groups for no items', () => {
    expect(groupByOnderwerp([])).toEqual([])
  })
})
