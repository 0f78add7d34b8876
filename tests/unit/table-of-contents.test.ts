import { describe, expect, it } from 'vitest'

import { tableOfContents } from '@/content/table-of-contents'

const heading = (tag: string, text: string) => ({
  type: 'heading',
  tag,
  children: [{ type: 'text', text }],
})

describe('the table of contents of a handleiding', () => {
  it('lists the h2 and h3 headings in order with their anchors, and nothing else', () => {
    const inhoud = {
      root: {
        children: [
          heading('h2', 'Uw fiche beheren'),
          { type: 'paragraph', children: [{ text: 'Tekst' }] },
          heading('h3', 'Stap 1: aanmelden'),
          heading('h4', 'Detail'),
        ],
      },
    }
    expect(tableOfContents(inhoud)).toEqual([
      { id: 'uw-fiche-beheren', tekst: 'Uw fiche beheren', niveau: 2 },
      { id: 'stap-1-aanmelden', tekst: 'Stap 1: aanmelden', niveau: 3 },
    ])
  })

  it('gives headings with the same text different anchors, the same ones the page gives them', () => {
    const inhoud = {
      root: {
        children: [
          heading('h2', 'Organisatie'),
          heading('h3', 'Stap 1'),
          heading('h4', 'Stap 1'),
          heading('h2', 'Praktijk'),
          heading('h3', 'Stap 1'),
        ],
      },
    }
    expect(tableOfContents(inhoud).map((i) => i.id)).toEqual([
      'organisatie',
      'stap-1',
      'praktijk',
      'stap-1-3',
    ])
  })

  it('is empty for content without headings or without content', () => {
    expect(tableOfContents(null)).toEqual([])
    expect(tableOfContents({ root: { children: [] } })).toEqual([])
  })
})
