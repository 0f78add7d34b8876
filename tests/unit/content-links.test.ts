import { describe, expect, it } from 'vitest'

import { contentHref } from '@/content/links'

describe('links in handleidingen and FAQ answers', () => {
  it('an internal link to a handleiding goes to its page, one to a question to its place in the FAQ', () => {
    expect(
      contentHref({
        linkType: 'internal',
        doc: { relationTo: 'handleidingen', value: { id: 3, slug: 'beheer-aanvragen' } },
      }),
    ).toBe('/handleidingen/beheer-aanvragen')
    expect(
      contentHref({ linkType: 'internal', doc: { relationTo: 'faq', value: { id: 12 } } }),
    ).toBe('/faq#vraag-12')
  })

  it('a link to a page the visitor may not see (a draft: not populated) becomes plain text', () => {
    expect(
      contentHref({ linkType: 'internal', doc: { relationTo: 'handleidingen', value: 7 } }),
    ).toBeNull()
    expect(contentHref({ linkType: 'internal', doc: { relationTo: 'faq', value: 7 } })).toBeNull()
    expect(contentHref({ linkType: 'internal', doc: null })).toBeNull()
  })

  it('keeps web, mail, phone and site links, and drops script addresses', () => {
    expect(
      contentHref({ linkType: 'custom', url: 'https://www.vlaanderen.be/sociale-kaart' }),
    ).toBe('https://www.vlaanderen.be/sociale-kaart')
    expect(contentHref({ linkType: 'custom', url: 'mailto:socialekaart@vlaanderen.be' })).toBe(
      'mailto:socialekaart@vlaanderen.be',
    )
    expect(contentHref({ linkType: 'custom', url: 'tel:+3225531234' })).toBe('tel:+3225531234')
    expect(contentHref({ linkType: 'custom', url: '/zoeken?q=huisarts' })).toBe(
      '/zoeken?q=huisarts',
    )
    expect(contentHref({ linkType: 'custom', url: 'javascript:alert(1)' })).toBeNull()
    expect(contentHref({ linkType: 'custom', url: '//evil.example/' })).toBeNull()
  })
})
