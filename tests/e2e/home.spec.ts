import { expect, test } from '@playwright/test'

// The home page's ways in, the site header and the footer.
const DOELGROEPEN = [
  'Ik zoek hulp',
  'Ik verwijs door',
  'Ik ben zorgverlener',
  'Ik wil gegevens hergebruiken',
]

test.describe('home page and site navigation', () => {
  test('the four audiences each have an explanation and links that lead somewhere real', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('search', { name: 'Zoeken in de Sociale Kaart' })).toBeVisible()
    await expect(page.locator('.rubrieken a').first()).toHaveAttribute(
      'href',
      /^\/zoeken\?rubriek=\d+$/,
    )
    for (const titel of DOELGROEPEN) {
      const kaart = page.locator('.doelgroep', {
        has: page.getByRole('heading', { name: titel, level: 3 }),
      })
      await expect(kaart.locator('p')).toHaveText(/^\S+( \S+){10,}$/)
      const links = await kaart
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
      expect(links.length, titel).toBeGreaterThanOrEqual(3)
      for (const link of links.filter((l) => l.startsWith('/'))) {
        const [pad, anker] = link.split('#')
        const response = await request.get(pad, { maxRedirects: 0 })
        expect(response.status(), link).toBe(200)
        // An anchor must exist on the page it points to: the section of that audience.
        if (anker) expect(await response.text(), link).toContain(`id="${anker}"`)
      }
    }
  })

  test('a zorgverlener finds the handleidingen for its audience and the login', async ({
    page,
  }) => {
    await page.goto('/')
    const kaart = page.locator('.doelgroep', {
      has: page.getByRole('heading', { name: 'Ik ben zorgverlener' }),
    })
    await expect(kaart.getByRole('link', { name: /Aanmelden/ })).toHaveAttribute('href', '/admin')
    await kaart.getByRole('link', { name: 'Handleidingen voor zorgverleners' }).click()
    await expect(page).toHaveURL(/\/handleidingen#publiek-zorgverlener$/)
    await expect(page.locator('#publiek-zorgverlener')).toBeInViewport()
  })

  test('a reuser reaches the open API from the home page and gets JSON', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await page.getByRole('link', { name: 'Open data en de zoek-API' }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data en de zoek-API')
    const voorbeeld = page.getByRole('link', { name: /^\/api\/zoeken\?/ }).first()
    const response = await request.get((await voorbeeld.getAttribute('href'))!)
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { total: number }).total).toBeGreaterThan(0)
  })

  test('the header marks the current page, and every footer link works', async ({
    page,
    request,
  }) => {
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
    await page.goto('/faq')
    await expect(menu.getByRole('link', { name: 'Vragen' })).toHaveAttribute('aria-current', 'page')
    await expect(menu.locator('[aria-current]')).toHaveCount(1)
    await page.goto('/')
    await expect(menu.locator('[aria-current]')).toHaveCount(0)
    await menu.getByRole('link', { name: 'Handleidingen' }).click()
    await page.locator('.fiche-lijst a').first().click()
    await expect(page).toHaveURL(/\/handleidingen\/.+/)
    await expect(menu.getByRole('link', { name: 'Handleidingen' })).toHaveAttribute(
      'aria-current',
      'true',
    )

    const voet = page.getByRole('contentinfo')
    const links = await voet
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(links).toEqual(
      expect.arrayContaining([
        '/faq',
        '/open-data',
        '/sitemap.xml',
        '/over',
        '/handleidingen#publiek-hergebruik',
      ]),
    )
    for (const link of links)
      expect((await request.get(link.split('#')[0], { maxRedirects: 0 })).status(), link).toBe(200)
  })
})
