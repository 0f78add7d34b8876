import { expect, test, type Page } from '@playwright/test'

// A citizen's way from the home page to a fiche and back to browsing, as a visitor clicks it.
const kruimelpad = (page: Page) => page.getByRole('navigation', { name: 'Kruimelpad' })
const resultaatLinks = (page: Page) => page.locator('.resultatenlijst > li h3 a')
const rubriekBoom = (page: Page) => page.getByRole('navigation', { name: 'Rubrieken' })

test.describe('a citizen looking for help', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  })

  test('types a search on the home page, narrows to aanbod, opens one and follows the breadcrumb back', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByLabel('Wat zoekt u?').fill('huisarts')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page).toHaveURL(/\/zoeken\?q=huisarts$/)

    // Narrow: only aanbod (the offer, with its hours), then open the first.
    await page.getByRole('link', { name: /^Aanbod, \d+ resultaten?$/ }).click()
    await expect(page).toHaveURL(/type=aanbod/)
    const eerste = resultaatLinks(page).first()
    const naam = (await eerste.innerText()).trim()
    await eerste.click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(naam)
    await expect(page.getByRole('heading', { name: 'Openingsuren', level: 2 })).toBeVisible()
    await expect(page.locator('.status-open, .status-gesloten')).toHaveText(/^Nu (open|gesloten)/)
    const contact = page.locator('section[aria-labelledby="contact-titel"]')
    await expect(contact.locator('a[href^="tel:"], a[href^="mailto:"]').first()).toBeVisible()

    // The breadcrumb: Home, the rubrieken from the top down, the fiche itself.
    const crumbs = kruimelpad(page).getByRole('listitem')
    expect(await crumbs.count()).toBeGreaterThanOrEqual(3)
    await expect(crumbs.first()).toHaveText('Home')
    await expect(crumbs.last()).toHaveText(naam)
    const rubriek = kruimelpad(page).getByRole('link').last()
    const rubriekNaam = (await rubriek.innerText()).trim()
    await rubriek.click()

    // Back to browsing, in the rubriek of the fiche, with the fiche among its results.
    await expect(page).toHaveURL(/\/zoeken\?rubriek=\d+$/)
    await expect(rubriekBoom(page).locator('[aria-current="page"]')).toHaveText(rubriekNaam)
    await expect(page.locator('#resultaten-titel')).toHaveText(/\d+ resultat/)
  })

  test('follows "Ik zoek hulp" and a rubriek on the home page, narrows in the tree and lands on a fiche within that rubriek', async ({
    page,
  }) => {
    await page.goto('/')
    const hulp = page.locator('.doelgroep', {
      has: page.getByRole('heading', { name: 'Ik zoek hulp' }),
    })
    await expect(hulp.getByRole('link', { name: 'Zoeken naar hulp in de buurt' })).toHaveAttribute(
      'href',
      '/zoeken',
    )

    const top = page.locator('.rubrieken a').first()
    const topNaam = (await top.innerText()).replace(/^[\d.]+\s*/, '').trim()
    await top.click()
    await expect(page).toHaveURL(/\/zoeken\?rubriek=\d+$/)
    await expect(rubriekBoom(page).locator('[aria-current="page"]')).toHaveText(topNaam)

    // One level deeper in the tree.
    const kind = rubriekBoom(page).locator('.rubriekenlijst a').first()
    const kindNaam = (await kind.innerText()).replace(/\s*\(\d+\)$/, '')
    await kind.click()
    await expect(rubriekBoom(page).locator('[aria-current="page"]')).toHaveText(kindNaam)

    // Only the offer itself: an aanbod's breadcrumb follows its own rubriek.
    await page.getByRole('link', { name: /^Aanbod, \d+ resultaten?$/ }).click()
    const eerste = resultaatLinks(page).first()
    const naam = (await eerste.innerText()).trim()
    await eerste.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(naam)
    const crumbs = kruimelpad(page).getByRole('listitem')
    await expect(crumbs.first()).toHaveText('Home')
    await expect(crumbs.last()).toHaveText(naam)
    const hrefs = await kruimelpad(page)
      .getByRole('link')
      .evaluateAll((as) => as.slice(1).map((a) => a.getAttribute('href')!))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) expect(href).toMatch(/^\/zoeken\?rubriek=\d+$/)

    // The top of the breadcrumb browses the whole top rubriek again.
    const topKruimel = kruimelpad(page).getByRole('link').nth(1)
    const topKruimelNaam = (await topKruimel.innerText()).trim()
    await topKruimel.click()
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === hrefs[0])
    await expect(rubriekBoom(page).locator('[aria-current="page"]')).toHaveText(topKruimelNaam)
  })
})
