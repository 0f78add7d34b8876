import { describe, expect, it } from 'vitest'

import { breadcrumbsJsonLd } from '@/fiches/json-ld'
import { ficheBreadcrumbs, commonPath } from '@/fiches/breadcrumbs'
import type { RubriekRow } from '@/search/rubriek-tree'

// 14 Ouderenzorg › 14.04 Residentiële zorg › 14.04.01 Woonzorgcentra; 19 Gezondheidsberoepen › 19.01 Huisartsen
const boom: RubriekRow[] = [
  { id: 1, code: '14', naam: 'Ouderenzorg', parentId: null },
  { id: 2, code: '14.04', naam: 'Residentiële zorg', parentId: 1 },
  { id: 3, code: '14.04.01', naam: 'Woonzorgcentra', parentId: 2 },
  { id: 4, code: '14.04.02', naam: 'Kortverblijf', parentId: 2 },
  { id: 5, code: '19', naam: 'Gezondheidsberoepen', parentId: null },
  { id: 6, code: '19.01', naam: 'Huisartsen', parentId: 5 },
]

describe('breadcrumbs of a fiche page', () => {
  it('lead an aanbod from Home through every rubriek above its own to the fiche', () => {
    expect(ficheBreadcrumbs('aanbod', 'WZC Nottebohm', boom, [3, 6], [])).toEqual([
      { naam: 'Home', href: '/' },
      { naam: 'Ouderenzorg', href: '/zoeken?rubriek=1' },
      { naam: 'Residentiële zorg', href: '/zoeken?rubriek=2' },
      { naam: 'Woonzorgcentra', href: '/zoeken?rubriek=3' },
      { naam: 'WZC Nottebohm', href: null },
    ])
  })

  it('lead an organisatie through the rubriek of its aanbod when all its aanbod lies on one path', () => {
    const pad = ficheBreadcrumbs('organisatie', 'Nottebohm', boom, [], [2, 3, 3])
    expect(pad.map((k) => k.naam)).toEqual([
      'Home',
      'Ouderenzorg',
      'Residentiële zorg',
      'Woonzorgcentra',
      'Nottebohm',
    ])
  })

  it('fall back to the type when the aanbod sits on different branches, or there is none', () => {
    expect(ficheBreadcrumbs('organisatie', 'Nottebohm', boom, [], [3, 4])).toEqual([
      { naam: 'Home', href: '/' },
      { naam: 'Organisaties', href: '/zoeken?type=organisatie' },
      { naam: 'Nottebohm', href: null },
    ])
    expect(ficheBreadcrumbs('zorgverlener', 'Marc Boons', boom, [], []).map((k) => k.href)).toEqual(
      ['/', '/zoeken?type=zorgverlener', null],
    )
    expect(ficheBreadcrumbs('aanbod', 'Los aanbod', boom, [], []).map((k) => k.naam)).toEqual([
      'Home',
      'Aanbod',
      'Los aanbod',
    ])
  })

  it('ignore rubrieken that are not in the tree', () => {
    expect(commonPath(boom, [99])).toBeNull()
    expect(commonPath(boom, [99, 6])?.map((r) => r.id)).toEqual([5, 6])
  })

  it('are published as a schema.org BreadcrumbList whose last item is the page itself', () => {
    const ld = breadcrumbsJsonLd(
      ficheBreadcrumbs('praktijk', 'Lier Astrid', boom, [], [6]),
      '/praktijken/lier-astrid-7',
    )
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: '/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Gezondheidsberoepen',
          item: '/zoeken?rubriek=5',
        },
        { '@type': 'ListItem', position: 3, name: 'Huisartsen', item: '/zoeken?rubriek=6' },
        {
          '@type': 'ListItem',
          position: 4,
          name: 'Lier Astrid',
          item: '/praktijken/lier-astrid-7',
        },
      ],
    })
  })
})
