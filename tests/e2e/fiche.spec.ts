import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

type Resultaat = { naam: string; url: string; type: string }
const eerste = async (
  request: import('@playwright/test').APIRequestContext,
  query: string,
): Promise<Resultaat> => {
  const response = await request.get(`/api/zoeken?${query}`)
  const body = (await response.json()) as { resultaten: Resultaat[] }
  expect(body.resultaten.length, query).toBeGreaterThan(0)
  return body.resultaten[0]
}

test.describe('fiche pages', () => {
  test('a search result opens its fiche, for each of the four types', async ({ page, request }) => {
    for (const type of ['organisatie', 'praktijk', 'zorgverlener', 'aanbod']) {
      const resultaat = await eerste(request, `type=${type}`)
      await page.goto(resultaat.url)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(resultaat.naam)
      await expect(page).toHaveTitle(
        new RegExp(resultaat.naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      )
      // Structured data and sharing tags carry the same fiche.
      const ld = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
      )
      expect(ld).toMatchObject({ '@context': 'https://schema.org', name: resultaat.naam })
      expect(ld['@type']).toBe(
        {
          organisatie: 'LocalBusiness',
          praktijk: 'MedicalOrganization',
          zorgverlener: 'Physician',
          aanbod: 'LocalBusiness',
        }[type],
      )
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        'content',
        resultaat.naam,
      )
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/)
    }
  })

  test('an aanbod links to its parent, and the parent lists the aanbod', async ({
    page,
    request,
  }) => {
    const aanbod = await eerste(request, 'type=aanbod&q=huisarts')
    await page.goto(aanbod.url)
    const ouder = page.getByText('Aangeboden door').getByRole('link')
    await expect(ouder).toBeVisible()
    await ouder.click()
    await expect(page.locator('#aanbod-titel')).toBeVisible()
    await expect(
      page.locator('section[aria-labelledby="aanbod-titel"] a', { hasText: aanbod.naam }).first(),
    ).toBeVisible()
  })

  test('an old name in the link redirects to the current address; an unknown fiche is not found', async ({
    page,
    request,
  }) => {
    const resultaat = await eerste(request, 'type=organisatie')
    const id = resultaat.url.split('-').at(-1)
    await page.goto(`/organisaties/een-oude-naam-${id}`)
    await expect(page).toHaveURL(new RegExp(`${resultaat.url}$`))
    const missing = await request.get('/organisaties/bestaat-niet-999999999')
    expect(missing.status()).toBe(404)
  })

  test('a stopped fiche answers 410 with a page that says so and points to similar offer', async ({
    page,
    request,
  }) => {
    const login = await request.post('/api/users/login', {
      data: { email: 'admin@demo.test', password: DEMO_PASSWORD },
    })
    const { token } = (await login.json()) as { token: string }
    const { docs } = (await (
      await request.get('/api/organisaties?where[status][equals]=stopgezet&limit=1&depth=0', {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { docs: { id: number; naam: string }[] }
    expect(docs.length).toBe(1)
    const response = await page.goto(`/organisaties/x-${docs[0].id}`)
    expect(response?.status()).toBe(410)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Deze fiche is niet meer actief',
    )
    await expect(page.getByText(docs[0].naam)).toBeVisible()
    // Nothing more of the stopped fiche than its name and place: no contacts, no description.
    expect(await page.locator('main a[href^="tel:"], main a[href^="mailto:"]').count()).toBe(0)
    await page.getByRole('link', { name: /Zoek gelijkaardig aanbod/ }).click()
    await expect(page).toHaveURL(/\/zoeken\?/)
    // Served from the page cache the second time, still as 410.
    const nogmaals = await request.get(`/organisaties/x-${docs[0].id}`)
    expect(nogmaals.status()).toBe(410)
    expect(nogmaals.headers()['x-nextjs-cache']).toBe('HIT')
  })
})
