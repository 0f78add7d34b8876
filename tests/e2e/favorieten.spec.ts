import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

// Names carry the run's time: the demo account may keep lists from an earlier run on the same database.
const stempel = Date.now().toString(36)
const ZOEKNAAM = `Huisartsen ${stempel}`
const NIEUWE_ZOEKNAAM = `Dokters dichtbij ${stempel}`
const LIJSTNAAM = `Voor mama ${stempel}`

const aanmelden = async (page: Page) => {
  await page.goto('/account/aanmelden')
  await page.getByLabel('E-mailadres', { exact: true }).fill('burger@demo.test')
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page).toHaveURL(/\/account$/)
}

/** What someone without an account sees at a link: a fresh browser context, no cookies. */
const alsBezoeker = async (browser: Browser, url: string) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const response = await page.goto(url)
  return { page, status: response?.status(), sluit: () => context.close() }
}

const item = (page: Page, naam: string) =>
  page
    .locator('li.favoriet')
    .filter({ has: page.getByRole('heading', { name: naam, exact: true }) })

test.describe.configure({ mode: 'serial' })

test.describe('saved searches and favourites lists of a burger', () => {
  test('save a search from the results, rename it, share it and open the link logged out', async ({
    page,
    browser,
  }) => {
    await aanmelden(page)
    await page.goto('/zoeken?q=huisarts')
    await page.locator('summary', { hasText: 'Zoekopdracht bewaren' }).click()
    await page.getByLabel('Naam van de zoekopdracht').fill(ZOEKNAAM)
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click()
    await expect(page).toHaveURL(/\/account\?melding=zoekopdracht-bewaard/)
    await expect(page.getByRole('status')).toContainText('Uw zoekopdracht is bewaard')

    const bewaard = item(page, ZOEKNAAM)
    await expect(bewaard.getByRole('link', { name: 'Opnieuw zoeken' })).toHaveAttribute(
      'href',
      '/zoeken?q=huisarts',
    )
    await bewaard.getByLabel('Naam', { exact: true }).fill(NIEUWE_ZOEKNAAM)
    await bewaard.getByRole('button', { name: /Nieuwe naam bewaren/ }).click()
    await expect(page.getByRole('status')).toContainText('nieuwe naam')
    const hernoemd = item(page, NIEUWE_ZOEKNAAM)
    await expect(hernoemd).toHaveCount(1)

    await hernoemd.getByRole('button', { name: /via een link/ }).click()
    const link = await item(page, NIEUWE_ZOEKNAAM).locator('a.deellink-url').getAttribute('href')
    expect(link).toMatch(/\/gedeeld\/zoekopdracht\/[\w-]{43}$/)

    const bezoeker = await alsBezoeker(browser, link!)
    expect(bezoeker.status).toBe(200)
    await expect(bezoeker.page.getByRole('heading', { level: 1 })).toHaveText(NIEUWE_ZOEKNAAM)
    await expect(
      bezoeker.page.getByRole('link', { name: /Deze zoekopdracht uitvoeren/ }),
    ).toHaveAttribute('href', '/zoeken?q=huisarts')
    await expect(bezoeker.page.locator('.resultatenlijst > li').first()).toBeVisible()
    // Read-only: nothing there to change or delete it.
    await expect(
      bezoeker.page.getByRole('button', { name: /Verwijder|Naam wijzigen|Stop met delen/ }),
    ).toHaveCount(0)
    await bezoeker.sluit()
  })

  test('make a list, add a fiche from the results and one from its page, share it, open it logged out, revoke it', async ({
    page,
    browser,
  }) => {
    await aanmelden(page)
    await page.getByLabel('Naam van een nieuwe lijst').fill(LIJSTNAAM)
    await page.getByRole('button', { name: 'Lijst maken' }).click()
    await expect(page.getByRole('status')).toContainText('De lijst is gemaakt')
    await expect(item(page, LIJSTNAAM)).toContainText('Deze lijst is nog leeg')

    // From the search results.
    await page.goto('/zoeken?q=huisarts')
    const eerste = page.locator('.resultatenlijst > li').nth(0)
    const eersteNaam = (await eerste.locator('h3 a').textContent())!.trim()
    await eerste.getByRole('link', { name: /in een lijst/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaren in een lijst')
    await page.getByRole('button', { name: `Toevoegen aan ${LIJSTNAAM}` }).click()
    await expect(page.getByRole('status')).toContainText('De fiche staat op de lijst')
    await expect(page.getByText(`Staat op ${LIJSTNAAM}`)).toBeVisible()
    await page.getByRole('link', { name: 'Terug' }).click()
    await expect(page).toHaveURL(/\/zoeken\?q=huisarts/)

    // From a fiche's own page.
    const tweede = page.locator('.resultatenlijst > li').nth(1)
    const tweedeNaam = (await tweede.locator('h3 a').textContent())!.trim()
    await tweede.locator('h3 a').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tweedeNaam)
    await page
      .locator('.fiche-acties')
      .getByRole('link', { name: /in een lijst/ })
      .click()
    await page.getByRole('button', { name: `Toevoegen aan ${LIJSTNAAM}` }).click()
    await expect(page.getByRole('status')).toContainText('De fiche staat op de lijst')

    await page.goto('/account')
    const lijst = item(page, LIJSTNAAM)
    await expect(lijst.getByRole('link', { name: eersteNaam, exact: true })).toBeVisible()
    await expect(lijst.getByRole('link', { name: tweedeNaam, exact: true })).toBeVisible()

    await lijst.getByRole('button', { name: /via een link/ }).click()
    const link = (await item(page, LIJSTNAAM).locator('a.deellink-url').getAttribute('href'))!
    expect(link).toMatch(/\/gedeeld\/lijst\/[\w-]{43}$/)

    const bezoeker = await alsBezoeker(browser, link)
    expect(bezoeker.status).toBe(200)
    await expect(bezoeker.page.getByRole('heading', { level: 1 })).toHaveText(LIJSTNAAM)
    await expect(bezoeker.page.getByRole('link', { name: eersteNaam, exact: true })).toBeVisible()
    await expect(bezoeker.page.getByRole('link', { name: tweedeNaam, exact: true })).toBeVisible()
    await expect(bezoeker.page.getByRole('button')).toHaveCount(0)
    const axe = await new AxeBuilder({ page: bezoeker.page })
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await bezoeker.sluit()

    await item(page, LIJSTNAAM)
      .getByRole('button', { name: /Stop met delen/ })
      .click()
    await expect(page.getByRole('status')).toContainText('De deellink werkt niet meer')
    await expect(item(page, LIJSTNAAM).locator('a.deellink-url')).toHaveCount(0)

    const later = await alsBezoeker(browser, link)
    expect(later.status).toBe(404)
    await expect(later.page.getByText(LIJSTNAAM)).toHaveCount(0)
    await later.sluit()
  })

  test('the forms answer a script with 404 for a list that is not its own and 400 naming the field', async ({
    page,
  }) => {
    await aanmelden(page)
    const vreemd = await page.request.post('/account/actie/lijst-hernoemen', {
      data: { id: 999_999, naam: 'Van iemand anders' },
    })
    expect(vreemd.status()).toBe(404)
    const leeg = await page.request.post('/account/actie/lijst-maken', { data: { naam: '   ' } })
    expect(leeg.status()).toBe(400)
    expect((await leeg.json()).errors[0].field).toBe('naam')
    const zoek = await page.request.post('/account/actie/zoekopdracht-bewaren', {
      data: { naam: 'Fout', zoekopdracht: 'afstand=500' },
    })
    expect(zoek.status()).toBe(400)
    expect((await zoek.json()).errors[0].field).toBe('zoekopdracht')
    const onbekend = await page.request.get('/gedeeld/lijst/' + 'A'.repeat(43))
    expect(onbekend.status()).toBe(404)
  })

  test('a visitor who tries to save a search is asked to log in first', async ({ page }) => {
    await page.goto('/zoeken?q=huisarts')
    await page.locator('summary', { hasText: 'Zoekopdracht bewaren' }).click()
    await page.getByLabel('Naam van de zoekopdracht').fill('Zonder account')
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click()
    await expect(page).toHaveURL(/\/account\/aanmelden\?volgende=/)
  })
})
